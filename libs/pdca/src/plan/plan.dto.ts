import {
  ApiProperty,
  ApiPropertyOptional,
  IntersectionType,
  OmitType,
  PartialType,
} from '@nestjs/swagger';
import { ACT_PRINCIPLES, type ActPrinciple } from '@tracker/contracts';
import { IsDateOnly } from '@tracker/core';
import { VersionedDto } from '@tracker/database';
import { IndicatorDto, TEXT, TITLE, TitleDescriptionDto } from '../common.dto';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';

export class CreatePlanVersionDto {
  @ApiProperty({ ...TITLE, example: '人工知能基本計画' })
  @IsString()
  @Length(TITLE.minLength, TITLE.maxLength)
  titleJa: string;

  @ApiProperty({ ...TITLE, example: 'AI Basic Plan' })
  @IsString()
  @Length(TITLE.minLength, TITLE.maxLength)
  titleEn: string;

  @ApiPropertyOptional(TEXT)
  @IsOptional()
  @IsString()
  @Length(0, TEXT.maxLength)
  summaryJa?: string;

  @ApiPropertyOptional(TEXT)
  @IsOptional()
  @IsString()
  @Length(0, TEXT.maxLength)
  summaryEn?: string;

  @ApiPropertyOptional({ example: 2025, minimum: 2025, maximum: 2100 })
  @IsOptional()
  @IsInt()
  @Min(2025)
  @Max(2100)
  fiscalYearFrom?: number;

  @ApiPropertyOptional({ example: 2027, minimum: 2025, maximum: 2100 })
  @IsOptional()
  @IsInt()
  @Min(2025)
  @Max(2100)
  fiscalYearTo?: number;
}

export class UpdatePlanVersionDto extends IntersectionType(
  PartialType(CreatePlanVersionDto),
  VersionedDto,
) {}

export class ProposePlanVersionDto {
  @ApiProperty({ example: '2025-12-19', description: 'Date of the Headquarters meeting' })
  @IsDateOnly({ notFuture: true })
  hqProposalDate: string;

  @ApiProperty({ example: '第2回人工知能戦略本部' })
  @IsString()
  @Length(1, 300)
  hqProposalReference: string;
}

export class ApprovePlanVersionDto {
  @ApiProperty({ example: '2025-12-23' })
  @IsDateOnly({ notFuture: true })
  cabinetDecisionDate: string;

  @ApiProperty({ example: '令和7年12月23日閣議決定' })
  @IsString()
  @Length(1, 300)
  cabinetDecisionNumber: string;
}

export class WithdrawPlanVersionDto {
  @ApiProperty({ example: 'Headquarters asked for a revised KPI set' })
  @IsString()
  @Length(1, 2000)
  reason: string;
}

export class AmendPlanVersionDto {
  @ApiPropertyOptional({ description: 'Title of the new draft; defaults to the amended version’s' })
  @IsOptional()
  @IsString()
  @Length(TITLE.minLength, TITLE.maxLength)
  titleJa?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(TITLE.minLength, TITLE.maxLength)
  titleEn?: string;
}

export class CreatePlanObjectiveDto extends TitleDescriptionDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  planVersionId: string;

  @ApiProperty({ example: 'I-1' })
  @IsString()
  @Length(1, 40)
  code: string;

  @ApiProperty({ enum: ACT_PRINCIPLES })
  @IsIn(ACT_PRINCIPLES)
  principle: ActPrinciple;

  @ApiPropertyOptional({ minimum: 0, maximum: 10_000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  position?: number;
}

export class UpdatePlanObjectiveDto extends IntersectionType(
  PartialType(OmitType(CreatePlanObjectiveDto, ['planVersionId'] as const)),
  VersionedDto,
) {}

export class CreatePlanKpiDto extends IndicatorDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  objectiveId: string;

  @ApiProperty({ example: 'I-1-K1' })
  @IsString()
  @Length(1, 40)
  code: string;

  @ApiPropertyOptional({ example: '2024-03-31' })
  @IsOptional()
  @IsDateOnly({ notFuture: true })
  baselineDate?: string;
}

export class UpdatePlanKpiDto extends IntersectionType(
  PartialType(OmitType(CreatePlanKpiDto, ['objectiveId'] as const)),
  VersionedDto,
) {}
