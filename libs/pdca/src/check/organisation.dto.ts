import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import {
  ORGANISATION_SIZE_CODES,
  ORGANISATION_TYPE_CODES,
  SECTOR_CODES,
  type OrganisationSize,
  type OrganisationType,
  type Sector,
} from '@tracker/contracts';
import { VersionedDto } from '@tracker/database';
import { IsBoolean, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';

export class CreateOrganisationDto {
  @ApiPropertyOptional({ maxLength: 300, example: '株式会社サンプルAI' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  nameJa?: string;

  @ApiPropertyOptional({ maxLength: 300, example: 'Sample AI Inc.' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  nameEn?: string;

  @ApiProperty({ enum: ORGANISATION_TYPE_CODES })
  @IsIn(ORGANISATION_TYPE_CODES)
  type: OrganisationType;

  @ApiProperty({ enum: SECTOR_CODES })
  @IsIn(SECTOR_CODES)
  sector: Sector;

  @ApiPropertyOptional({ enum: ORGANISATION_SIZE_CODES })
  @IsOptional()
  @IsIn(ORGANISATION_SIZE_CODES)
  size?: OrganisationSize;

  @ApiProperty({ description: 'Established in Japan' })
  @IsBoolean()
  domestic: boolean;

  @ApiProperty({ example: 'JP', description: 'ISO 3166-1 alpha-2; JP exactly when domestic' })
  @IsString()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as JP' })
  country: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @Length(0, 5000)
  notes?: string;
}

export class UpdateOrganisationDto extends IntersectionType(
  PartialType(CreateOrganisationDto),
  VersionedDto,
) {}
