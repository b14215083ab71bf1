import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateOnly } from '@tracker/core';
import { IsNumber, IsOptional, IsString, Length, Max, Min } from 'class-validator';

/** Length limits shared by the records of every stage. */
export const TITLE = { minLength: 1, maxLength: 300 };
export const TEXT = { maxLength: 20_000 };
/** Bound on indicator values: far beyond any real figure, well inside numeric precision. */
export const BIG = 1e15;

/** A bilingual title (milestones ...). */
export class TitleDto {
  @ApiProperty(TITLE)
  @IsString()
  @Length(TITLE.minLength, TITLE.maxLength)
  titleJa: string;

  @ApiProperty(TITLE)
  @IsString()
  @Length(TITLE.minLength, TITLE.maxLength)
  titleEn: string;
}

/** A bilingual title with an optional bilingual description (objectives, measures ...). */
export class TitleDescriptionDto extends TitleDto {
  @ApiPropertyOptional(TEXT)
  @IsOptional()
  @IsString()
  @Length(0, TEXT.maxLength)
  descriptionJa?: string;

  @ApiPropertyOptional(TEXT)
  @IsOptional()
  @IsString()
  @Length(0, TEXT.maxLength)
  descriptionEn?: string;
}

/** An indicator: where it starts, where it must get to and by when (plan and measure KPIs). */
export class IndicatorDto {
  @ApiProperty({ ...TITLE, example: '生成AIを業務で利用する企業の割合' })
  @IsString()
  @Length(TITLE.minLength, TITLE.maxLength)
  indicatorJa: string;

  @ApiProperty({ ...TITLE, example: 'Share of companies using generative AI at work' })
  @IsString()
  @Length(TITLE.minLength, TITLE.maxLength)
  indicatorEn: string;

  @ApiProperty({ example: 26.7 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-BIG)
  @Max(BIG)
  baseline: number;

  @ApiProperty({ example: 80 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-BIG)
  @Max(BIG)
  target: number;

  @ApiProperty({ example: '%' })
  @IsString()
  @Length(1, 40)
  unit: string;

  @ApiProperty({ example: '2030-03-31' })
  @IsDateOnly()
  targetDate: string;
}
