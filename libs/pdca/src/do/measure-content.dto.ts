import {
  ApiProperty,
  ApiPropertyOptional,
  IntersectionType,
  OmitType,
  PartialType,
} from '@nestjs/swagger';
import { IsDateOnly } from '@tracker/core';
import { VersionedDto } from '@tracker/database';
import { IsOptional, IsUUID } from 'class-validator';
import { IndicatorDto, TitleDto } from '../common.dto';

export class CreateMeasureMilestoneDto extends TitleDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  measureId: string;

  @ApiProperty({ example: '2026-03-31' })
  @IsDateOnly()
  dueDate: string;

  @ApiPropertyOptional({
    description: 'When it was done; not in the future',
    example: '2026-03-20',
  })
  @IsOptional()
  @IsDateOnly({ notFuture: true })
  doneOn?: string | null;
}

export class UpdateMeasureMilestoneDto extends IntersectionType(
  PartialType(OmitType(CreateMeasureMilestoneDto, ['measureId'] as const)),
  VersionedDto,
) {}

export class CreateMeasureKpiDto extends IndicatorDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  measureId: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The plan KPI it moves: a KPI of an objective the measure serves (null unlinks)',
  })
  @IsOptional()
  @IsUUID()
  planKpiId?: string | null;
}

export class UpdateMeasureKpiDto extends IntersectionType(
  PartialType(OmitType(CreateMeasureKpiDto, ['measureId'] as const)),
  VersionedDto,
) {}
