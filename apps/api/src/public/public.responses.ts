import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class Addressee {
  @ApiPropertyOptional({ type: String, nullable: true }) nameJa: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) nameEn: string | null;
}

export class PublicGuidanceResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'AIG-2026-0001' }) referenceNumber: string;
  @ApiProperty() versionNumber: number;
  @ApiProperty() kind: string;
  @ApiProperty({ enum: ['issued', 'withdrawn', 'superseded'] }) status: string;
  @ApiProperty() titleJa: string;
  @ApiProperty() titleEn: string;
  @ApiProperty() bodyJa: string;
  @ApiProperty() bodyEn: string;
  @ApiProperty() legalBasis: string;
  @ApiProperty() issuingAuthority: string;
  @ApiPropertyOptional({ type: String, nullable: true }) issueDate: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) addresseeSector: string | null;
  @ApiProperty({ type: [Addressee] }) addressees: Addressee[];
  @ApiPropertyOptional({ type: String, nullable: true }) withdrawnOn: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) supersededOn: string | null;
}

class VersionBrief {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() versionNumber: number;
  @ApiProperty() status: string;
  @ApiPropertyOptional({ type: String, nullable: true }) issueDate: string | null;
}

export class PublicGuidanceDetailResponse extends PublicGuidanceResponse {
  @ApiProperty({ type: [VersionBrief], description: 'Every published version of this guidance' })
  versions: VersionBrief[];
}

class Cell {
  @ApiProperty() key: string;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'null when suppressed' })
  count: number | null;
  @ApiProperty() suppressed: boolean;
  @ApiPropertyOptional() labelJa?: string;
  @ApiPropertyOptional() labelEn?: string;
}

export class IncidentStatisticsResponse {
  @ApiProperty({ description: 'Cells below this count are suppressed' }) threshold: number;
  @ApiProperty() counted: string;
  @ApiPropertyOptional({ type: Number, nullable: true }) total: number | null;
  @ApiProperty({ type: [Cell] }) bySector: Cell[];
  @ApiProperty({ type: [Cell] }) byRiskCategory: Cell[];
  @ApiProperty({ type: [Cell] }) bySeverity: Cell[];
  @ApiProperty({ type: [Cell] }) byMonth: Cell[];
}

export class OpenDatasetResponse {
  @ApiProperty({ example: 'guidance.csv' }) name: string;
  @ApiProperty() title: string;
  @ApiProperty() format: string;
  @ApiProperty() url: string;
  @ApiProperty() license: string;
}
