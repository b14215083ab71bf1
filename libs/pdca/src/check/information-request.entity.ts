import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  COOPERATION_STATUSES,
  INFORMATION_REQUEST_STATUSES,
  type CooperationStatus,
  type InformationRequestStatus,
} from '@tracker/contracts';
import { TrackedEntity } from '@tracker/database';
import { Column, Entity, Index, ManyToOne } from 'typeorm';
import { Investigation } from './investigation.entity';
import { Organisation } from './organisation.entity';

const OPTIONAL_TEXT = { type: String, nullable: true } as const;

/**
 * A request for information to an organisation, inside an investigation. Requests gather best
 * practice, not blame; answering is voluntary; a response marked as a trade secret is shown
 * only to users with confidential clearance.
 */
@Entity('information_request')
@Index('ix_information_request_org_status', ['organisationId', 'status'])
@Index('ix_information_request_org_date', ['organisationId', 'requestDate'])
export class InformationRequest extends TrackedEntity {
  @ApiProperty({ format: 'uuid' })
  @Index('ix_information_request_investigation')
  @Column({ type: 'uuid' })
  investigationId: string;

  @ManyToOne(() => Investigation, { onDelete: 'RESTRICT', nullable: false })
  investigation?: Investigation;

  @ApiProperty({ format: 'uuid' })
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT', nullable: false })
  organisation?: Organisation;

  @ApiProperty({ example: '生成AIチャットボットの入力データの取扱いについて' })
  @Column({ type: 'text' })
  subject: string;

  @ApiProperty({ description: 'The questions put to the organisation' })
  @Column({ type: 'text' })
  questions: string;

  @ApiProperty({ example: 'AI推進法第16条（情報収集・調査）に基づく任意の協力依頼' })
  @Column({ type: 'text' })
  legalBasis: string;

  @ApiProperty({ description: 'Answering is voluntary (shown to the organisation)' })
  @Column({ type: 'boolean', default: true })
  voluntary: boolean;

  @ApiProperty({ example: '2026-02-01' })
  @Column({ type: 'date' })
  requestDate: string;

  @ApiProperty({ example: '2026-03-02' })
  @Column({ type: 'date' })
  dueDate: string;

  @ApiProperty({ enum: INFORMATION_REQUEST_STATUSES })
  @Column({ type: 'text', default: 'open' })
  status: InformationRequestStatus;

  @ApiProperty({ enum: COOPERATION_STATUSES })
  @Column({ type: 'text', default: 'pending' })
  cooperationStatus: CooperationStatus;

  @ApiPropertyOptional({ ...OPTIONAL_TEXT, description: 'Redacted when a trade secret' })
  @Column({ type: 'text', nullable: true })
  responseText: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Column({ type: 'date', nullable: true })
  responseDate: string | null;

  @ApiProperty({ description: 'The response contains trade secrets (shown only with clearance)' })
  @Column({ type: 'boolean', default: false })
  responseTradeSecret: boolean;

  @ApiPropertyOptional({ ...OPTIONAL_TEXT, description: 'Why it was closed without an answer' })
  @Column({ type: 'text', nullable: true })
  closeReason: string | null;

  @ApiPropertyOptional({
    ...OPTIONAL_TEXT,
    description: 'Why the request is needed although the organisation is already burdened',
  })
  @Column({ type: 'text', nullable: true })
  burdenJustification: string | null;
}
