import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import {
  GUIDANCE_KIND_CODES,
  MINISTRY_CODES,
  SECTOR_CODES,
  type GuidanceKind,
  type Ministry,
  type Sector,
} from '@tracker/contracts';
import { IsDateOnly } from '@tracker/core';
import { VersionedDto } from '@tracker/database';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
} from 'class-validator';
import { TITLE } from '../common.dto';

const BODY = { minLength: 1, maxLength: 100_000 };
const NOTE = { minLength: 1, maxLength: 5000 };

/** An optional list of distinct record ids (links to findings, organisations, guidance). */
export const IdList = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({
      type: String,
      format: 'uuid',
      isArray: true,
      maxItems: 100,
      description,
    }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(100),
    ArrayUnique(),
    IsUUID('all', { each: true }),
  );

export class CreateGuidanceDto {
  @ApiProperty({ enum: GUIDANCE_KIND_CODES })
  @IsIn(GUIDANCE_KIND_CODES)
  kind: GuidanceKind;

  @IdList('Named addressees (organisations); or give addresseeSector')
  addresseeOrganisationIds?: string[];

  @ApiPropertyOptional({ enum: SECTOR_CODES, description: 'A whole sector as addressee' })
  @IsOptional()
  @IsIn(SECTOR_CODES)
  addresseeSector?: Sector;

  @IdList('Accepted findings it rests on (required for guidance and advice)')
  findingIds?: string[];

  @ApiProperty({ maxLength: 1000, example: 'AI推進法第16条 / Article 16 of the AI Promotion Act' })
  @IsString()
  @Length(1, 1000)
  legalBasis: string;

  @ApiProperty({ ...TITLE, example: '海外生成AIサービスの利用に関する注意喚起' })
  @IsString()
  @Length(TITLE.minLength, TITLE.maxLength)
  titleJa: string;

  @ApiProperty({ ...TITLE, example: 'Advisory on using foreign generative-AI services' })
  @IsString()
  @Length(TITLE.minLength, TITLE.maxLength)
  titleEn: string;

  @ApiProperty({ ...BODY, description: 'The text, line by line' })
  @IsString()
  @Length(BODY.minLength, BODY.maxLength)
  bodyJa: string;

  @ApiProperty(BODY)
  @IsString()
  @Length(BODY.minLength, BODY.maxLength)
  bodyEn: string;

  @ApiProperty({ enum: MINISTRY_CODES, description: 'The issuing authority' })
  @IsIn(MINISTRY_CODES)
  issuingAuthority: Ministry;

  @ApiPropertyOptional({ description: 'Publish on the public site once issued (default false)' })
  @IsOptional()
  @IsBoolean()
  public?: boolean;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'When to check what was done' })
  @IsOptional()
  @IsDateOnly()
  followUpDate?: string;
}

/**
 * A draft's content, or — once issued — only the follow-up (date and result). Send the version
 * you read.
 */
export class UpdateGuidanceDto extends IntersectionType(
  PartialType(CreateGuidanceDto),
  VersionedDto,
) {
  @ApiPropertyOptional({ ...NOTE, description: 'What the addressee did (after issue)' })
  @IsOptional()
  @IsString()
  @Length(NOTE.minLength, NOTE.maxLength)
  followUpResult?: string;
}

/** Fields of an update that are the text of the guidance (frozen from submission on). */
export const GUIDANCE_CONTENT_FIELDS = [
  'kind',
  'addresseeOrganisationIds',
  'addresseeSector',
  'findingIds',
  'legalBasis',
  'titleJa',
  'titleEn',
  'bodyJa',
  'bodyEn',
  'issuingAuthority',
  'public',
] as const satisfies readonly (keyof CreateGuidanceDto)[];

export class IssueGuidanceDto {
  @ApiProperty({ example: '2026-07-01', description: 'The date on the issued text' })
  @IsDateOnly({ notFuture: true })
  issueDate: string;
}

export class WithdrawGuidanceDto {
  @ApiProperty({ ...NOTE, example: '改訂版の発出に伴い撤回' })
  @IsString()
  @Length(NOTE.minLength, NOTE.maxLength)
  reason: string;
}

export class AcknowledgeGuidanceDto {
  @ApiProperty({ example: '2026-07-10' })
  @IsDateOnly({ notFuture: true })
  acknowledgedOn: string;

  @ApiProperty({ maxLength: 300, example: '株式会社ソラリスAI 代表取締役 佐藤 一郎' })
  @IsString()
  @Length(1, 300)
  acknowledgedBy: string;
}

export class DiffQuery {
  @ApiProperty({ format: 'uuid', description: 'The other version (the "to" side)' })
  @IsUUID()
  with: string;
}

export class GuidanceExportQuery {
  @ApiPropertyOptional({ example: 'AIG-2026-0001', description: 'One guidance only' })
  @IsOptional()
  @IsString()
  @Length(1, 30)
  referenceNumber?: string;
}
