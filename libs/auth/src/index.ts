export * from './access.decorators';
export * from './access.guard';
export * from './auth.dto';
export * from './auth.module';
export * from './auth.service';
export * from './passwords';
export * from './principal';
export * from './session.entity';
export * from './user.dto';
export * from './user.entity';
export * from './users.service';

import { AuthSession, LoginFailure, RefreshToken } from './session.entity';
import { User } from './user.entity';
export const AUTH_ENTITIES = [User, AuthSession, RefreshToken, LoginFailure];
