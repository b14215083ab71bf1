import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CLEARANCES,
  MINISTRY_CODES,
  ROLES,
  type Clearance,
  type Ministry,
  type Role,
} from '@tracker/contracts';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  Min,
} from 'class-validator';

const PASSWORD = { minLength: 12, maxLength: 200 };

export class CreateUserDto {
  @ApiProperty({ example: 'new.analyst@meti.example' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: '佐藤 一郎' })
  @IsString()
  @Length(1, 200)
  displayName: string;

  @ApiProperty({ enum: MINISTRY_CODES })
  @IsIn(MINISTRY_CODES)
  ministry: Ministry;

  @ApiProperty({ enum: ROLES, isArray: true })
  @IsIn(ROLES, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  roles: Role[];

  @ApiPropertyOptional({ enum: CLEARANCES, default: 'internal' })
  @IsOptional()
  @IsIn(CLEARANCES)
  clearance?: Clearance;

  @ApiProperty({ ...PASSWORD })
  @IsString()
  @Length(PASSWORD.minLength, PASSWORD.maxLength)
  password: string;
}

export class UpdateUserDto {
  @ApiProperty({ description: 'The version you read; a stale one answers 409' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  displayName?: string;

  @ApiPropertyOptional({ enum: MINISTRY_CODES })
  @IsOptional()
  @IsIn(MINISTRY_CODES)
  ministry?: Ministry;

  @ApiPropertyOptional({ enum: ROLES, isArray: true })
  @IsOptional()
  @IsIn(ROLES, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  roles?: Role[];

  @ApiPropertyOptional({ enum: CLEARANCES })
  @IsOptional()
  @IsIn(CLEARANCES)
  clearance?: Clearance;
}

export class DisableUserDto {
  @ApiProperty({ example: 'Left the ministry' })
  @IsString()
  @Length(1, 500)
  reason: string;
}

export class ResetPasswordDto {
  @ApiProperty({ ...PASSWORD })
  @IsString()
  @Length(PASSWORD.minLength, PASSWORD.maxLength)
  password: string;
}
