import { ApiProperty } from '@nestjs/swagger';
import { PERMISSIONS, type Permission } from '@tracker/contracts';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';
import { User } from './user.entity';

export class LoginDto {
  @ApiProperty({ example: 'analyst@demo.example' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'demo-password-2025' })
  @IsString()
  @Length(1, 200)
  password: string;
}

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token from the last sign-in or refresh' })
  @IsString()
  @Length(1, 200)
  refreshToken: string;
}

/** A user as every endpoint returns one: never the password hash. */
export class UserView extends User {}

export class TokenResponse {
  @ApiProperty({ description: 'Short-lived bearer token (JWT)' })
  accessToken: string;

  @ApiProperty({ description: 'Single-use token that obtains the next pair; rotate on every use' })
  refreshToken: string;

  @ApiProperty({ example: 'Bearer' })
  tokenType: 'Bearer';

  @ApiProperty({ description: 'Seconds until the access token expires' })
  expiresIn: number;

  @ApiProperty({ type: UserView })
  user: UserView;
}

export class MeResponse {
  @ApiProperty({ type: UserView })
  user: UserView;

  @ApiProperty({ enum: PERMISSIONS, isArray: true })
  permissions: Permission[];
}
