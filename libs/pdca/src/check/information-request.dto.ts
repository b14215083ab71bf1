import {
  ApiProperty,
  ApiPropertyOptional,
  IntersectionType,
  OmitType,
  PartialType,
} from '@nestjs/swagger';
import { RESPONSE_COOPERATION_STATUSES, type CooperationStatus } from '@tracker/contracts';
import { IsDateOnly } from '@tracker/core';
import { VersionedDto } from '@tracker/database';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';

const TEXT = { minLength: 1, maxLength: 20_000 };

export class CreateInformationRequestDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  investigationId: string;

  @ApiProperty({ format: 'uuid', description: 'The organisation asked' })
  @IsUUID()
  organisationId: string;

  @ApiProperty({ minLength: 1, maxLength: 300, example: '入力データの保存場所と保存期間について' })
  @IsString()
  @Length(1, 300)
  subject: string;

  @ApiProperty(TEXT)
  @IsString()
  @Length(TEXT.minLength, TEXT.maxLength)
  questions: string;

  @ApiPropertyOptional({
    maxLength: 1000,
    default: 'AI推進法に基づく情報提供の求め（任意）',
    description: 'The legal basis quoted to the organisation',
  })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  legalBasis?: string;

  @ApiPropertyOptional({ default: true, description: 'Answering is voluntary' })
  @IsOptional()
  @IsBoolean()
  voluntary?: boolean;

  @ApiPropertyOptional({
    example: '2026-02-01',
    description: 'Defaults to today; not in the future',
  })
  @IsOptional()
  @IsDateOnly({ notFuture: true })
  requestDate?: string;

  @ApiProperty({ example: '2026-03-02', description: 'Not before the request date' })
  @IsDateOnly()
  dueDate: string;

  @ApiPropertyOptional({
    maxLength: 5000,
    description:
      'Required when the organisation is at or above the burden thresholds (open requests, or requests in the last twelve months)',
  })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  burdenJustification?: string;
}

export class UpdateInformationRequestDto extends IntersectionType(
  PartialType(
    OmitType(CreateInformationRequestDto, [
      'investigationId',
      'organisationId',
      'burdenJustification',
    ] as const),
  ),
  VersionedDto,
) {}

export class RespondInformationRequestDto {
  @ApiProperty({ enum: RESPONSE_COOPERATION_STATUSES })
  @IsIn(RESPONSE_COOPERATION_STATUSES)
  cooperationStatus: Exclude<CooperationStatus, 'pending'>;

  @ApiPropertyOptional({ ...TEXT, description: 'Required unless the organisation declined' })
  @IsOptional()
  @IsString()
  @Length(TEXT.minLength, TEXT.maxLength)
  responseText?: string;

  @ApiProperty({
    example: '2026-02-20',
    description: 'Not before the request date, not in the future',
  })
  @IsDateOnly({ notFuture: true })
  responseDate: string;

  @ApiPropertyOptional({
    default: false,
    description: 'The response holds trade secrets: shown only to users with clearance',
  })
  @IsOptional()
  @IsBoolean()
  responseTradeSecret?: boolean;
}

export class CloseInformationRequestDto {
  @ApiProperty({ minLength: 1, maxLength: 5000, example: '調査範囲の見直しにより不要となった。' })
  @IsString()
  @Length(1, 5000)
  reason: string;
}
