import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@tracker/audit';
import { APP_CONFIG, type AppConfig } from '@tracker/core';
import { AccessGuard } from './access.guard';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { AuthSession, LoginFailure, RefreshToken } from './session.entity';
import { User } from './user.entity';
import { UsersService } from './users.service';

@Module({
  imports: [
    AuditModule,
    TypeOrmModule.forFeature([User, AuthSession, RefreshToken, LoginFailure]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.jwtSecret,
        signOptions: { expiresIn: config.accessTokenTtlSeconds, algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [AuthService, UsersService, LoginThrottle, AccessGuard],
  exports: [AuthService, UsersService, AccessGuard],
})
export class AuthModule {}
