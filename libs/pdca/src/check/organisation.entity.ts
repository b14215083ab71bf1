import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ORGANISATION_SIZE_CODES,
  ORGANISATION_TYPE_CODES,
  SECTOR_CODES,
  type OrganisationSize,
  type OrganisationType,
  type Sector,
} from '@tracker/contracts';
import { TrackedEntity } from '@tracker/database';
import { Column, Entity, Index } from 'typeorm';

/** A business, R&D institution, local government or foreign developer the Check stage deals with. */
@Entity('organisation')
export class Organisation extends TrackedEntity {
  @ApiPropertyOptional({ example: '株式会社サンプルAI', type: String, nullable: true })
  @Column({ type: 'text', nullable: true })
  nameJa: string | null;

  @ApiPropertyOptional({ example: 'Sample AI Inc.', type: String, nullable: true })
  @Column({ type: 'text', nullable: true })
  nameEn: string | null;

  @ApiProperty({ enum: ORGANISATION_TYPE_CODES })
  @Index('ix_organisation_type')
  @Column({ type: 'text' })
  type: OrganisationType;

  @ApiProperty({ enum: SECTOR_CODES })
  @Column({ type: 'text' })
  sector: Sector;

  @ApiPropertyOptional({ enum: ORGANISATION_SIZE_CODES, nullable: true })
  @Column({ type: 'text', nullable: true })
  size: OrganisationSize | null;

  @ApiProperty({ description: 'Established in Japan (false: a foreign organisation)' })
  @Column({ type: 'boolean' })
  domestic: boolean;

  @ApiProperty({ example: 'JP', description: 'ISO 3166-1 alpha-2 country code' })
  @Column({ type: 'text' })
  country: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Column({ type: 'text', nullable: true })
  notes: string | null;
}
