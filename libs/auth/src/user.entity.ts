import { ApiProperty } from '@nestjs/swagger';
import {
  CLEARANCES,
  MINISTRY_CODES,
  ROLES,
  type Clearance,
  type Ministry,
  type Role,
} from '@tracker/contracts';
import { TrackedEntity } from '@tracker/database';
import { Column, Entity, Index } from 'typeorm';

@Entity('app_user')
export class User extends TrackedEntity {
  @ApiProperty({ example: 'analyst@demo.example' })
  @Index('uq_app_user_email', { unique: true })
  @Column({ type: 'text' })
  email: string;

  @ApiProperty({ example: '山田 花子' })
  @Column({ type: 'text' })
  displayName: string;

  @ApiProperty({ enum: MINISTRY_CODES })
  @Column({ type: 'text' })
  ministry: Ministry;

  @ApiProperty({ enum: ROLES, isArray: true })
  @Column({ type: 'text', array: true })
  roles: Role[];

  @ApiProperty({ enum: CLEARANCES })
  @Column({ type: 'text', default: 'internal' })
  clearance: Clearance;

  @Column({ type: 'text', select: false })
  passwordHash: string;

  @ApiProperty({ nullable: true, type: Date })
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @ApiProperty({ nullable: true, type: String })
  @Column({ type: 'text', nullable: true })
  disabledReason: string | null;

  @ApiProperty({ nullable: true, type: Date })
  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;
}
