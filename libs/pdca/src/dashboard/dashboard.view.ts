import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** A count under a label (a status, a severity, a rating, an age bucket ...). */
export class CountView {
  @ApiProperty() key: string;
  @ApiProperty() n: number;
}

export class PlanPanel {
  @ApiPropertyOptional({
    description: 'The approved version: the plan in force',
    nullable: true,
    type: Object,
  })
  current: {
    id: string;
    number: number;
    titleJa: string;
    titleEn: string;
    cabinetDecisionDate: string | null;
    fiscalYearFrom: number | null;
    fiscalYearTo: number | null;
  } | null;

  @ApiPropertyOptional({
    description: 'The amendment being prepared or decided',
    nullable: true,
    type: Object,
  })
  next: { id: string; number: number; status: string } | null;

  @ApiProperty() objectives: number;
  @ApiProperty() kpis: number;
}

export class DoPanel {
  @ApiProperty() total: number;
  @ApiProperty({ type: [CountView] }) byStatus: CountView[];
  @ApiProperty({
    type: [CountView],
    description: 'Current rating of active measures; `none` before a first report',
  })
  byRating: CountView[];
  @ApiProperty({
    description: 'Active measures that are late (overdue milestone or missing report)',
  })
  late: number;
}

export class CheckPanel {
  @ApiProperty() incidents: number;
  @ApiProperty({ type: [CountView] }) incidentsByStatus: CountView[];
  @ApiProperty({ type: [CountView] }) incidentsBySeverity: CountView[];
  @ApiProperty({
    description: 'Open incidents (reported, triaged, under investigation) by severity',
    type: [CountView],
  })
  openIncidentsBySeverity: CountView[];
  @ApiPropertyOptional({
    description: 'Investigations not concluded, by age in days',
    type: [CountView],
    nullable: true,
  })
  openInvestigationsByAge: CountView[] | null;
}

export class ActPanel {
  @ApiProperty({ type: [CountView], description: 'Guidance versions by status' })
  guidanceByStatus: CountView[];
  @ApiProperty({ description: 'Guidance issued in the current fiscal year (April–March)' })
  issuedThisFiscalYear: number;
  @ApiProperty({ description: 'Issued guidance whose follow-up date has come without a result' })
  followUpDue: number;
  @ApiProperty({ type: [CountView] }) amendmentsByStatus: CountView[];
  @ApiProperty({ description: 'Amendments proposed or in review' }) amendmentsPending: number;
}

export class DashboardView {
  @ApiProperty({ description: 'When the figures were read' }) asOf: string;
  @ApiPropertyOptional({ type: PlanPanel, nullable: true }) plan: PlanPanel | null;
  @ApiPropertyOptional({ type: DoPanel, nullable: true }) do: DoPanel | null;
  @ApiPropertyOptional({ type: CheckPanel, nullable: true }) check: CheckPanel | null;
  @ApiPropertyOptional({ type: ActPanel, nullable: true }) act: ActPanel | null;
}
