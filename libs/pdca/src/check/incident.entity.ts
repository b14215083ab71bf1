import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AFFECTED_INTEREST_CODES,
  CONFIDENTIALITY_LEVELS,
  EXISTING_LAW_CODES,
  INCIDENT_SOURCE_CODES,
  INCIDENT_STATUSES,
  RISK_CATEGORY_CODES,
  SECTOR_CODES,
  SEVERITIES,
  type AffectedInterest,
  type ConfidentialityLevel,
  type ExistingLaw,
  type IncidentSource,
  type IncidentStatus,
  type RiskCategory,
  type Sector,
  type Severity,
} from '@tracker/contracts';
import { TrackedEntity } from '@tracker/database';
import { Column, Entity, Index, ManyToOne } from 'typeorm';

const OPTIONAL_TEXT = { type: String, nullable: true } as const;

/**
 * A case where rights or interests were infringed, or put at risk, through AI. The reference
 * comes from a PostgreSQL sequence and is never reused; incidents are never deleted. Links to
 * organisations are an array checked by the service, so they appear in the incident's own
 * history (and are redacted there like every confidential field).
 */
@Entity('incident')
// Trigram indexes for the free-text search, created by a hand-written migration.
@Index('ix_incident_text_trgm', { synchronize: false })
// Nearest titles around a date, for the duplicate search of triage (migration IncidentTriage).
@Index('ix_incident_title_ja_near', { synchronize: false })
@Index('ix_incident_title_en_near', { synchronize: false })
// Indexes ordered for the list's page step (migration IncidentListIndexes).
@Index('ix_incident_reported', { synchronize: false })
@Index('ix_incident_status_reported', { synchronize: false })
@Index('ix_incident_status_severity_sector_reported', { synchronize: false })
@Index('ix_incident_occurred', ['occurredDate'])
export class Incident extends TrackedEntity {
  @ApiProperty({ example: 'INC-2026-00042', description: 'Permanent reference, never reused' })
  @Index('uq_incident_reference', { unique: true })
  @Column({ type: 'text' })
  reference: string;

  @ApiProperty({ description: 'The sequence number inside the reference (sorts references)' })
  @Index('ix_incident_sequence')
  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  sequence: number;

  @ApiProperty({ enum: INCIDENT_STATUSES })
  @Index('ix_incident_status')
  @Column({ type: 'text', default: 'reported' })
  status: IncidentStatus;

  @ApiProperty({ example: '2026-01-15', description: 'When it happened (YYYY-MM-DD)' })
  @Column({ type: 'date' })
  occurredDate: string;

  @ApiProperty({ example: '2026-01-20', description: 'When it was reported to the government' })
  @Column({ type: 'date' })
  reportedDate: string;

  @ApiPropertyOptional(OPTIONAL_TEXT)
  @Column({ type: 'text', nullable: true })
  titleJa: string | null;

  @ApiPropertyOptional(OPTIONAL_TEXT)
  @Column({ type: 'text', nullable: true })
  titleEn: string | null;

  @ApiPropertyOptional(OPTIONAL_TEXT)
  @Column({ type: 'text', nullable: true })
  summaryJa: string | null;

  @ApiPropertyOptional(OPTIONAL_TEXT)
  @Column({ type: 'text', nullable: true })
  summaryEn: string | null;

  @ApiProperty({ enum: INCIDENT_SOURCE_CODES })
  @Column({ type: 'text' })
  source: IncidentSource;

  @ApiPropertyOptional({ ...OPTIONAL_TEXT, description: 'Article, report number, URL ...' })
  @Column({ type: 'text', nullable: true })
  sourceReference: string | null;

  @ApiProperty({ enum: SECTOR_CODES })
  @Index('ix_incident_sector')
  @Column({ type: 'text' })
  sector: Sector;

  @ApiProperty({ enum: RISK_CATEGORY_CODES, isArray: true })
  @Index('ix_incident_risk_categories', { synchronize: false })
  @Column({ type: 'text', array: true })
  riskCategories: RiskCategory[];

  @ApiProperty({ enum: AFFECTED_INTEREST_CODES, isArray: true })
  @Column({ type: 'text', array: true, default: '{}' })
  affectedInterests: AffectedInterest[];

  @ApiPropertyOptional({ ...OPTIONAL_TEXT, example: 'ChatAssist' })
  @Column({ type: 'text', nullable: true })
  aiSystemName: string | null;

  @ApiPropertyOptional(OPTIONAL_TEXT)
  @Column({ type: 'text', nullable: true })
  aiDeveloper: string | null;

  @ApiPropertyOptional(OPTIONAL_TEXT)
  @Column({ type: 'text', nullable: true })
  aiDeployer: string | null;

  @ApiPropertyOptional(OPTIONAL_TEXT)
  @Column({ type: 'text', nullable: true })
  aiModel: string | null;

  @ApiProperty({ description: 'An advanced (frontier) AI model is involved' })
  @Column({ type: 'boolean', default: false })
  advancedAi: boolean;

  @ApiProperty({ description: 'The model is open-weight' })
  @Column({ type: 'boolean', default: false })
  openWeight: boolean;

  @ApiProperty({
    format: 'uuid',
    isArray: true,
    type: String,
    nullable: true,
    description: 'Organisations involved (confidential: null and redacted without clearance)',
  })
  @Index('ix_incident_organisations', { synchronize: false })
  @Column({ type: 'uuid', array: true, default: '{}' })
  organisationIds: string[];

  @ApiProperty({ enum: EXISTING_LAW_CODES, isArray: true })
  @Column({ type: 'text', array: true, default: '{}' })
  applicableLaws: ExistingLaw[];

  @ApiProperty({ enum: SEVERITIES })
  @Column({ type: 'text' })
  severity: Severity;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'People affected' })
  @Column({ type: 'int', nullable: true })
  peopleAffected: number | null;

  @ApiPropertyOptional({
    ...OPTIONAL_TEXT,
    description: "The business's own statement (confidential)",
  })
  @Column({ type: 'text', nullable: true })
  businessStatement: string | null;

  @ApiProperty({ enum: CONFIDENTIALITY_LEVELS })
  @Index('ix_incident_confidentiality')
  @Column({ type: 'text', default: 'internal' })
  confidentiality: ConfidentialityLevel;

  @ApiPropertyOptional({ ...OPTIONAL_TEXT, description: 'How it was resolved (closed)' })
  @Column({ type: 'text', nullable: true })
  resolution: string | null;

  @ApiPropertyOptional({ ...OPTIONAL_TEXT, description: 'Why it was dismissed' })
  @Column({ type: 'text', nullable: true })
  dismissalReason: string | null;

  @ApiPropertyOptional({ format: 'uuid', type: String, nullable: true })
  @Index('ix_incident_duplicate_of')
  @Column({ type: 'uuid', nullable: true })
  duplicateOfId: string | null;

  @ManyToOne(() => Incident, { onDelete: 'RESTRICT', nullable: true })
  duplicateOf?: Incident;
}
