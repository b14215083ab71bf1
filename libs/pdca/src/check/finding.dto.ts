import {
  ApiProperty,
  ApiPropertyOptional,
  IntersectionType,
  OmitType,
  PartialType,
} from '@nestjs/swagger';
import {
  MINISTRY_CODES,
  RECOMMENDED_ACTION_CODES,
  RISK_LEVELS,
  type Ministry,
  type RecommendedAction,
  type RiskLevel,
} from '@tracker/contracts';
import { VersionedDto } from '@tracker/database';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';

const TEXT = { minLength: 1, maxLength: 20_000 };

export class CreateFindingDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  investigationId: string;

  @ApiPropertyOptional({
    ...TEXT,
    example: '海外サーバへの入力データ保存について利用者への説明が不十分であった。',
  })
  @IsOptional()
  @IsString()
  @Length(TEXT.minLength, TEXT.maxLength)
  statementJa?: string;

  @ApiPropertyOptional(TEXT)
  @IsOptional()
  @IsString()
  @Length(TEXT.minLength, TEXT.maxLength)
  statementEn?: string;

  @ApiPropertyOptional({
    type: String,
    isArray: true,
    maxItems: 50,
    example: ['情報提供の求め IR-1 への回答', 'https://www.example.go.jp/advisory-2025-02-06'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 1000, { each: true })
  evidence?: string[];

  @ApiProperty({ enum: RISK_LEVELS })
  @IsIn(RISK_LEVELS)
  riskLevel: RiskLevel;

  @ApiProperty({ enum: RECOMMENDED_ACTION_CODES })
  @IsIn(RECOMMENDED_ACTION_CODES)
  recommendedAction: RecommendedAction;

  @ApiPropertyOptional({ enum: MINISTRY_CODES, description: 'Required for ministry_referral only' })
  @IsOptional()
  @IsIn(MINISTRY_CODES)
  referralMinistry?: Ministry;
}

export class UpdateFindingDto extends IntersectionType(
  PartialType(OmitType(CreateFindingDto, ['investigationId'] as const)),
  VersionedDto,
) {}

export class AcceptFindingDto {
  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  note?: string;
}

export class ReturnFindingDto {
  @ApiProperty({ minLength: 1, maxLength: 5000, description: 'What to change' })
  @IsString()
  @Length(1, 5000)
  note: string;
}
