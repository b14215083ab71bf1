import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import {
  ACTOR_TYPE_CODES,
  LEGAL_NATURE_CODES,
  MEASURE_CATEGORY_CODES,
  MINISTRY_CODES,
  REPORTING_FREQUENCIES,
  type ActorType,
  type LegalNature,
  type MeasureCategory,
  type Ministry,
  type ReportingFrequency,
} from '@tracker/contracts';
import { IsDateOnly } from '@tracker/core';
import { VersionedDto } from '@tracker/database';
import { TitleDescriptionDto } from '../common.dto';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';

const REASON = { minLength: 1, maxLength: 2000 };

export class CreateMeasureDto extends TitleDescriptionDto {
  @ApiProperty({ example: 'M-III-2-01', description: 'Unique code (letters, digits, - . _)' })
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, {
    message: 'code must be 1–40 letters, digits, hyphens, dots or underscores',
  })
  code: string;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description:
      'Plan objectives the measure serves, all of one plan version. On update they replace the measure’s objectives in that version only.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  objectiveIds: string[];

  @ApiProperty({ enum: MINISTRY_CODES })
  @IsIn(MINISTRY_CODES)
  leadMinistry: Ministry;

  @ApiPropertyOptional({ enum: MINISTRY_CODES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MINISTRY_CODES.length)
  @ArrayUnique()
  @IsIn(MINISTRY_CODES, { each: true })
  cooperatingMinistries?: Ministry[];

  @ApiProperty({ enum: ACTOR_TYPE_CODES })
  @IsIn(ACTOR_TYPE_CODES)
  actorType: ActorType;

  @ApiProperty({ enum: MEASURE_CATEGORY_CODES })
  @IsIn(MEASURE_CATEGORY_CODES)
  category: MeasureCategory;

  @ApiProperty({ enum: LEGAL_NATURE_CODES })
  @IsIn(LEGAL_NATURE_CODES)
  legalNature: LegalNature;

  @ApiPropertyOptional({ description: 'Budget in yen', minimum: 0, example: 1_200_000_000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1e15)
  budgetYen?: number;

  @ApiProperty({ example: '2025-10-01' })
  @IsDateOnly()
  startDate: string;

  @ApiProperty({ example: '2027-03-31', description: 'Not before startDate' })
  @IsDateOnly()
  dueDate: string;

  @ApiPropertyOptional({ enum: REPORTING_FREQUENCIES, default: 'quarterly' })
  @IsOptional()
  @IsIn(REPORTING_FREQUENCIES)
  reportingFrequency?: ReportingFrequency;
}

export class UpdateMeasureDto extends IntersectionType(
  PartialType(CreateMeasureDto),
  VersionedDto,
) {}

export class CompleteMeasureDto {
  @ApiPropertyOptional({ description: 'Defaults to today (Japan)', example: '2026-03-31' })
  @IsOptional()
  @IsDateOnly({ notFuture: true })
  completedOn?: string;
}

export class SuspendMeasureDto {
  @ApiProperty({ ...REASON, example: '予算執行の見直しのため一時停止' })
  @IsString()
  @Length(REASON.minLength, REASON.maxLength)
  reason: string;
}

export class CancelMeasureDto {
  @ApiProperty({ ...REASON, example: '他施策への統合により廃止' })
  @IsString()
  @Length(REASON.minLength, REASON.maxLength)
  reason: string;
}
