import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import {
  AFFECTED_INTEREST_CODES,
  CONFIDENTIALITY_LEVELS,
  EXISTING_LAW_CODES,
  INCIDENT_SOURCE_CODES,
  RISK_CATEGORY_CODES,
  SECTOR_CODES,
  SEVERITIES,
  type AffectedInterest,
  type ConfidentialityLevel,
  type ExistingLaw,
  type IncidentSource,
  type RiskCategory,
  type Sector,
  type Severity,
} from '@tracker/contracts';
import { IsDateOnly } from '@tracker/core';
import { VersionedDto } from '@tracker/database';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
} from 'class-validator';

const TITLE = { minLength: 1, maxLength: 300 };
const TEXT = { minLength: 1, maxLength: 20_000 };
const NAME = { minLength: 1, maxLength: 300 };

export class CreateIncidentDto {
  @ApiProperty({ example: '2026-01-15', description: 'Not in the future' })
  @IsDateOnly({ notFuture: true })
  occurredDate: string;

  @ApiProperty({ example: '2026-01-20', description: 'Not before occurredDate, not in the future' })
  @IsDateOnly({ notFuture: true })
  reportedDate: string;

  @ApiPropertyOptional({ ...TITLE, example: '生成AIによる深層偽造動画の拡散' })
  @IsOptional()
  @IsString()
  @Length(TITLE.minLength, TITLE.maxLength)
  titleJa?: string;

  @ApiPropertyOptional({ ...TITLE, example: 'Deepfake video spread by generative AI' })
  @IsOptional()
  @IsString()
  @Length(TITLE.minLength, TITLE.maxLength)
  titleEn?: string;

  @ApiPropertyOptional(TEXT)
  @IsOptional()
  @IsString()
  @Length(TEXT.minLength, TEXT.maxLength)
  summaryJa?: string;

  @ApiPropertyOptional(TEXT)
  @IsOptional()
  @IsString()
  @Length(TEXT.minLength, TEXT.maxLength)
  summaryEn?: string;

  @ApiProperty({ enum: INCIDENT_SOURCE_CODES })
  @IsIn(INCIDENT_SOURCE_CODES)
  source: IncidentSource;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  sourceReference?: string;

  @ApiProperty({ enum: SECTOR_CODES })
  @IsIn(SECTOR_CODES)
  sector: Sector;

  @ApiProperty({ enum: RISK_CATEGORY_CODES, isArray: true, minItems: 1 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(RISK_CATEGORY_CODES, { each: true })
  riskCategories: RiskCategory[];

  @ApiPropertyOptional({ enum: AFFECTED_INTEREST_CODES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(AFFECTED_INTEREST_CODES, { each: true })
  affectedInterests?: AffectedInterest[];

  @ApiPropertyOptional(NAME)
  @IsOptional()
  @IsString()
  @Length(NAME.minLength, NAME.maxLength)
  aiSystemName?: string;

  @ApiPropertyOptional(NAME)
  @IsOptional()
  @IsString()
  @Length(NAME.minLength, NAME.maxLength)
  aiDeveloper?: string;

  @ApiPropertyOptional(NAME)
  @IsOptional()
  @IsString()
  @Length(NAME.minLength, NAME.maxLength)
  aiDeployer?: string;

  @ApiPropertyOptional(NAME)
  @IsOptional()
  @IsString()
  @Length(NAME.minLength, NAME.maxLength)
  aiModel?: string;

  @ApiPropertyOptional({ description: 'An advanced (frontier) model is involved' })
  @IsOptional()
  @IsBoolean()
  advancedAi?: boolean;

  @ApiPropertyOptional({ description: 'The model is open-weight' })
  @IsOptional()
  @IsBoolean()
  openWeight?: boolean;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    isArray: true,
    description: 'Organisations involved (confidential: needs clearance to write or read)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  organisationIds?: string[];

  @ApiPropertyOptional({ enum: EXISTING_LAW_CODES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(EXISTING_LAW_CODES, { each: true })
  applicableLaws?: ExistingLaw[];

  @ApiProperty({ enum: SEVERITIES })
  @IsIn(SEVERITIES)
  severity: Severity;

  @ApiPropertyOptional({ minimum: 0, description: 'People affected' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2_000_000_000)
  peopleAffected?: number;

  @ApiPropertyOptional({ ...TEXT, description: "The business's own statement (confidential)" })
  @IsOptional()
  @IsString()
  @Length(TEXT.minLength, TEXT.maxLength)
  businessStatement?: string;

  @ApiPropertyOptional({ enum: CONFIDENTIALITY_LEVELS, default: 'internal' })
  @IsOptional()
  @IsIn(CONFIDENTIALITY_LEVELS)
  confidentiality?: ConfidentialityLevel;
}

export class UpdateIncidentDto extends IntersectionType(
  PartialType(CreateIncidentDto),
  VersionedDto,
) {}

export class TriageIncidentDto {
  @ApiPropertyOptional({ enum: SEVERITIES, description: 'The severity as assessed at triage' })
  @IsOptional()
  @IsIn(SEVERITIES)
  severity?: Severity;
}

export class CloseIncidentDto {
  @ApiProperty({
    minLength: 1,
    maxLength: 5000,
    example: '事業者が入力データの保存設定を変更し、再発防止策を公表した。',
  })
  @IsString()
  @Length(1, 5000)
  resolution: string;
}

export class DismissIncidentDto {
  @ApiProperty({ minLength: 1, maxLength: 5000, example: 'AIの関与が確認できなかった。' })
  @IsString()
  @Length(1, 5000)
  reason: string;
}

export class DuplicateIncidentDto {
  @ApiProperty({ format: 'uuid', description: 'The surviving incident (not itself a duplicate)' })
  @IsUUID()
  duplicateOfId: string;
}
