import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import {
  AMENDMENT_TARGET_CODES,
  MINISTRY_CODES,
  type AmendmentTarget,
  type Ministry,
} from '@tracker/contracts';
import { VersionedDto } from '@tracker/database';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { TITLE } from '../common.dto';
import { IdList } from './guidance.dto';

const CHANGE = { minLength: 1, maxLength: 20_000 };

export class CreateAmendmentDto {
  @ApiProperty({ enum: AMENDMENT_TARGET_CODES })
  @IsIn(AMENDMENT_TARGET_CODES)
  target: AmendmentTarget;

  @ApiPropertyOptional({
    ...TITLE,
    example: 'AI事業者ガイドライン（第1.1版）',
    description: 'Required for a guideline or a law; defaults to the name of the target otherwise',
  })
  @IsOptional()
  @IsString()
  @Length(TITLE.minLength, TITLE.maxLength)
  targetName?: string;

  @ApiPropertyOptional({
    enum: MINISTRY_CODES,
    description: 'Responsible for the target (default: the Cabinet Office)',
  })
  @IsOptional()
  @IsIn(MINISTRY_CODES)
  leadMinistry?: Ministry;

  @ApiProperty({ ...CHANGE, example: '偽・誤情報とディープフェイク対策を新たな柱として追加する。' })
  @IsString()
  @Length(CHANGE.minLength, CHANGE.maxLength)
  proposedChangeJa: string;

  @ApiProperty({ ...CHANGE, example: 'Add countering disinformation and deepfakes as a pillar.' })
  @IsString()
  @Length(CHANGE.minLength, CHANGE.maxLength)
  proposedChangeEn: string;

  @IdList('Accepted findings that justify it')
  findingIds?: string[];

  @IdList('Issued guidance versions that justify it (with or instead of findings)')
  guidanceIds?: string[];
}

export class UpdateAmendmentDto extends IntersectionType(
  PartialType(CreateAmendmentDto),
  VersionedDto,
) {}
