import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export class RequestCycleEvaluationDto {
  @ApiProperty({
    example: 2026,
    minimum: 2000,
    maximum: 2100,
    description: 'The cycle (fiscal year)',
  })
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear: number;

  @ApiPropertyOptional({
    enum: [1, 2, 3, 4],
    type: Number,
    nullable: true,
    description: 'A quarter of the fiscal year (Q1 = April–June); omitted for the whole year',
  })
  @IsOptional()
  @IsIn([1, 2, 3, 4])
  quarter?: number | null;
}

export const CYCLE_EVALUATION_FORMATS = ['json', 'csv', 'html'] as const;

export class CycleEvaluationFormatQuery {
  @ApiPropertyOptional({ enum: CYCLE_EVALUATION_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(CYCLE_EVALUATION_FORMATS)
  format?: (typeof CYCLE_EVALUATION_FORMATS)[number];
}
