import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { VersionedDto } from '@tracker/database';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsOptional,
  IsString,
  IsUUID,
  Length,
} from 'class-validator';

const TITLE = { minLength: 1, maxLength: 300 };
const TEXT = { minLength: 1, maxLength: 20_000 };

export class CreateInvestigationDto {
  @ApiPropertyOptional({ ...TITLE, example: '生成AIチャットボット経由の個人情報漏えい事案の調査' })
  @IsOptional()
  @IsString()
  @Length(TITLE.minLength, TITLE.maxLength)
  titleJa?: string;

  @ApiPropertyOptional({ ...TITLE, example: 'Personal data leaked through a chatbot' })
  @IsOptional()
  @IsString()
  @Length(TITLE.minLength, TITLE.maxLength)
  titleEn?: string;

  @ApiProperty(TEXT)
  @IsString()
  @Length(TEXT.minLength, TEXT.maxLength)
  scope: string;

  @ApiProperty({ format: 'uuid', description: 'A user with the analyst role' })
  @IsUUID()
  leadAnalystId: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    isArray: true,
    minItems: 1,
    description:
      'Incidents covered; reported or triaged ones move to under_investigation when it opens',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  incidentIds: string[];

  @ApiPropertyOptional({
    maxLength: 1000,
    description: 'Hiroshima AI Process report of the developer',
  })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  haipReportReference?: string;

  @ApiPropertyOptional(TEXT)
  @IsOptional()
  @IsString()
  @Length(TEXT.minLength, TEXT.maxLength)
  rootCause?: string;
}

/** `incidentIds`, when given, is the whole new set: incidents can be added, never removed. */
export class UpdateInvestigationDto extends IntersectionType(
  PartialType(CreateInvestigationDto),
  VersionedDto,
) {}

export class ConcludeInvestigationDto {
  @ApiProperty({ ...TEXT, description: 'What the investigation concluded' })
  @IsString()
  @Length(TEXT.minLength, TEXT.maxLength)
  conclusion: string;

  @ApiPropertyOptional(TEXT)
  @IsOptional()
  @IsString()
  @Length(TEXT.minLength, TEXT.maxLength)
  rootCause?: string;
}
