import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@tracker/core';
import { dataSourceOptions } from './data-source-options';

/**
 * The root of every process (API, worker): the parsed configuration, available everywhere as
 * APP_CONFIG, and the PostgreSQL connection. Entities register themselves with forFeature().
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(config: AppConfig, applicationName = 'ai-promotion-tracker'): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.databaseUrl, [], { applicationName }),
          autoLoadEntities: true,
        }),
      ],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
