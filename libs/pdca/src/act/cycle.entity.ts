import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ViewColumn, ViewEntity } from 'typeorm';

/**
 * A PDCA cycle is a fiscal year (April–March), derived rather than stored: the view
 * `pdca_cycle` (hand-written migration) lists the fiscal years from the first approved plan's
 * first year to the current one, with the plan version in force at the year's end (or today).
 * Everything else about a cycle is counted on read, for the reader (docs/adr/0013).
 */
@ViewEntity({ name: 'pdca_cycle', synchronize: false })
export class Cycle {
  @ApiProperty({ example: 2026, description: 'The fiscal year (also the id)' })
  @ViewColumn()
  id: number;

  @ApiProperty({ example: 2026 })
  @ViewColumn()
  fiscalYear: number;

  @ApiProperty({ example: '2026-04-01' })
  @ViewColumn()
  startsOn: string;

  @ApiProperty({ example: '2027-03-31' })
  @ViewColumn()
  endsOn: string;

  @ApiProperty({ description: 'The fiscal year that is running now' })
  @ViewColumn()
  current: boolean;

  @ApiPropertyOptional({
    format: 'uuid',
    type: String,
    nullable: true,
    description: 'The plan version in force at the end of the year (today for the current one)',
  })
  @ViewColumn()
  planVersionId: string | null;
}
