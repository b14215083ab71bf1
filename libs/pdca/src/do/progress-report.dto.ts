import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { RAG_RATINGS, type RagRating } from '@tracker/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { BIG, TEXT } from '../common.dto';
import { PERIOD_PATTERN } from './reporting-period';

export class IndicatorValueDto {
  @ApiProperty({ format: 'uuid', description: 'A KPI of the reported measure' })
  @IsUUID()
  measureKpiId: string;

  @ApiProperty({ example: 1200 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-BIG)
  @Max(BIG)
  value: number;
}

export class SubmitProgressReportDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  measureId: string;

  @ApiProperty({
    example: 'FY2025-Q3',
    description: 'Fiscal quarter; Japan’s fiscal year starts in April',
  })
  @IsString()
  @Matches(PERIOD_PATTERN, { message: 'period must be a fiscal quarter such as FY2025-Q3' })
  period: string;

  @ApiProperty({ maxLength: TEXT.maxLength })
  @IsString()
  @Length(1, TEXT.maxLength)
  narrativeJa: string;

  @ApiPropertyOptional({ maxLength: TEXT.maxLength })
  @IsOptional()
  @IsString()
  @Length(0, TEXT.maxLength)
  narrativeEn?: string;

  @ApiPropertyOptional({ type: [IndicatorValueDto], description: 'At most one value per KPI' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => IndicatorValueDto)
  indicatorValues?: IndicatorValueDto[];

  @ApiProperty({ enum: RAG_RATINGS, description: 'Delivery confidence' })
  @IsIn(RAG_RATINGS)
  rating: RagRating;

  @ApiProperty({ example: '主要マイルストーンは予定どおり。説明会の参加者数が目標を下回る。' })
  @IsString()
  @Length(1, 5000)
  ratingRationale: string;

  @ApiProperty({ example: '経済産業省 商務情報政策局 情報経済課長 山田 太郎' })
  @IsString()
  @Length(1, 200)
  accountablePerson: string;
}

export class CorrectProgressReportDto extends OmitType(SubmitProgressReportDto, [
  'measureId',
  'period',
] as const) {
  @ApiProperty({ example: '指標値の集計誤りを訂正' })
  @IsString()
  @Length(1, 2000)
  correctionReason: string;
}
