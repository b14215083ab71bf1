import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  GUIDANCE_KIND_CODES,
  GUIDANCE_STATUSES,
  MINISTRY_CODES,
  SECTOR_CODES,
  type GuidanceKind,
  type GuidanceStatus,
  type Ministry,
  type Sector,
} from '@tracker/contracts';
import { TrackedEntity } from '@tracker/database';
import { Column, Entity, Index } from 'typeorm';

const OPTIONAL_TEXT = { type: String, nullable: true } as const;
const OPTIONAL_DATE = { type: String, nullable: true, example: '2026-09-30' } as const;

/**
 * One version of a guidance, advice, information provision or public notice to businesses.
 * Versions of one guidance share its reference number. Once issued, its text, addressees and
 * findings never change — a trigger refuses it whoever connects; a revision is a new version
 * that supersedes it when issued. Follow-up, acknowledgement, withdrawal and supersession are
 * recorded on the issued version.
 */
@Entity('guidance')
@Index('uq_guidance_reference_version', ['referenceNumber', 'versionNumber'], { unique: true })
// At most one version of a reference is being worked on (drafted, reviewed, approved) at once.
@Index('uq_guidance_open_version', ['referenceNumber'], {
  unique: true,
  where: `status IN ('draft', 'in_review', 'approved')`,
})
@Index('ix_guidance_findings', { synchronize: false })
export class Guidance extends TrackedEntity {
  @ApiProperty({ example: 'AIG-2026-0007', description: 'Permanent; shared by every version' })
  @Column({ type: 'text' })
  referenceNumber: string;

  @ApiProperty({ example: 1, description: '1 for the first version, then one per revision' })
  @Column({ type: 'int' })
  versionNumber: number;

  @ApiPropertyOptional({
    format: 'uuid',
    type: String,
    nullable: true,
    description: 'The version this one revises',
  })
  @Column({ type: 'uuid', nullable: true })
  previousVersionId: string | null;

  @ApiProperty({ enum: GUIDANCE_KIND_CODES })
  @Column({ type: 'text' })
  kind: GuidanceKind;

  @ApiProperty({ enum: GUIDANCE_STATUSES })
  @Index('ix_guidance_status')
  @Column({ type: 'text', default: 'draft' })
  status: GuidanceStatus;

  @ApiProperty({ format: 'uuid', isArray: true, type: String, description: 'Named addressees' })
  @Column({ type: 'uuid', array: true, default: '{}' })
  addresseeOrganisationIds: string[];

  @ApiPropertyOptional({
    enum: SECTOR_CODES,
    nullable: true,
    description: 'A whole sector as addressee',
  })
  @Column({ type: 'text', nullable: true })
  addresseeSector: Sector | null;

  @ApiProperty({
    format: 'uuid',
    isArray: true,
    type: String,
    description: 'Accepted findings the guidance rests on',
  })
  @Column({ type: 'uuid', array: true, default: '{}' })
  findingIds: string[];

  @ApiProperty({ example: 'AI推進法第16条 / Article 16 of the AI Promotion Act' })
  @Column({ type: 'text' })
  legalBasis: string;

  @ApiProperty()
  @Column({ type: 'text' })
  titleJa: string;

  @ApiProperty()
  @Column({ type: 'text' })
  titleEn: string;

  @ApiProperty()
  @Column({ type: 'text' })
  bodyJa: string;

  @ApiProperty()
  @Column({ type: 'text' })
  bodyEn: string;

  @ApiProperty({ enum: MINISTRY_CODES, description: 'The issuing authority' })
  @Column({ type: 'text' })
  issuingAuthority: Ministry;

  @ApiProperty({ description: 'Published on the public site and in the open data once issued' })
  @Column({ type: 'boolean', default: false })
  public: boolean;

  @ApiPropertyOptional(OPTIONAL_DATE)
  @Column({ type: 'date', nullable: true })
  issueDate: string | null;

  @ApiPropertyOptional({ ...OPTIONAL_DATE, description: 'When to check what the addressee did' })
  @Index('ix_guidance_follow_up')
  @Column({ type: 'date', nullable: true })
  followUpDate: string | null;

  @ApiPropertyOptional(OPTIONAL_TEXT)
  @Column({ type: 'text', nullable: true })
  followUpResult: string | null;

  @ApiPropertyOptional({ ...OPTIONAL_DATE, description: 'When the addressee acknowledged it' })
  @Column({ type: 'date', nullable: true })
  acknowledgedOn: string | null;

  @ApiPropertyOptional({ ...OPTIONAL_TEXT, description: 'Who acknowledged it for the addressee' })
  @Column({ type: 'text', nullable: true })
  acknowledgedBy: string | null;

  @ApiPropertyOptional({ ...OPTIONAL_TEXT, description: "The reviewer's request for changes" })
  @Column({ type: 'text', nullable: true })
  reviewNote: string | null;

  @ApiPropertyOptional(OPTIONAL_TEXT)
  @Column({ type: 'text', nullable: true })
  withdrawalReason: string | null;

  @ApiPropertyOptional({ type: Date, nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @ApiPropertyOptional({ format: 'uuid', type: String, nullable: true })
  @Column({ type: 'uuid', nullable: true })
  supersededById: string | null;

  @ApiPropertyOptional({ type: Date, nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  supersededAt: Date | null;
}
