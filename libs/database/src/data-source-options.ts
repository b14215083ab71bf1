import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './naming-strategy';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Entities = MixedList<Function | string | EntitySchema>;

/** The one place connection options are defined: the API, the worker, the CLI and tests use it. */
export function dataSourceOptions(
  url: string,
  entities: Entities = [],
  extra: Partial<{ poolSize: number; applicationName: string }> = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    poolSize: extra.poolSize ?? 20,
    applicationName: extra.applicationName ?? 'ai-promotion-tracker',
    extra: {
      connectionTimeoutMillis: 5000,
      // Every query of ours is short: JIT compilation only adds latency (150 ms or more once a
      // query's estimated cost passes the threshold on large tables).
      options: '-c jit=off',
    },
  };
}
