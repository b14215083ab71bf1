import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hasPermission, NotFoundError, type Actor } from '@tracker/core';
import { fetchPage, type ListRequest, type Page } from '@tracker/database';
import type { DataSource } from 'typeorm';
import { coversConfidentialIncident } from '../check/case-file-access';
import { IncidentStatistics } from '../check/incident-statistics';
import { MEASURE_LATE_SQL, MEASURE_RATING_SQL } from '../do/measure-derived.sql';
import { Redactor } from '../shared/confidential-fields';
import { cycleList } from './act.lists';
import { Cycle } from './cycle.entity';

type Counts = Record<string, number>;

/** A span of a cycle: the fiscal year, or one of its quarters. */
export type CycleSpan = Pick<Cycle, 'startsOn' | 'endsOn'>;

export interface CycleSummary {
  planVersions: { id: string; number: number; status: string; cabinetDecisionDate: string }[];
  measures: { active: number; late: number; byStatus: Counts; byRating: Counts };
  incidents: { reported: number; bySector: Counts; bySeverity: Counts; byStatus: Counts };
  investigations: { opened: number; byStatus: Counts };
  guidance: { issued: number; public: number; byKind: Counts };
  amendments: { proposed: number; byStatus: Counts; byTarget: Counts };
}

export type CycleView = Cycle & { summary: CycleSummary };

export type CycleDetail = CycleView & {
  guidanceIds: string[];
  amendmentIds: string[];
  /** null for readers of the cycle who may not read investigations. */
  investigationIds: string[] | null;
};

/** A timestamp's calendar day in Japan, for comparing with fiscal-year dates. */
const JAPAN_DAY = (column: string) => `(${column} AT TIME ZONE 'Asia/Tokyo')::date`;

/**
 * The PDCA cycle of a fiscal year, counted on read for the reader: the plan versions in force,
 * the measures running, and the incidents, investigations, guidance and amendments of the year.
 * Confidential-level incidents and their case files are left out for readers without
 * clearance, as everywhere else (docs/adr/0006).
 */
@Injectable()
export class CyclesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly incidentStatistics: IncidentStatistics,
  ) {}

  async list(request: ListRequest, actor: Actor): Promise<Page<CycleView>> {
    const qb = this.dataSource.getRepository(Cycle).createQueryBuilder('c');
    const page = await fetchPage(qb, cycleList, request);
    const summaries = new Map<number, CycleSummary>();
    for (const cycle of page.items) summaries.set(cycle.id, await this.summary(cycle, actor));
    return page.map((cycle) => ({ ...cycle, summary: summaries.get(cycle.id)! }));
  }

  async get(fiscalYear: number, actor: Actor): Promise<CycleDetail> {
    const cycle = await this.dataSource.getRepository(Cycle).findOneBy({ id: fiscalYear });
    if (!cycle) throw new NotFoundError('cycle', String(fiscalYear));
    const range = [cycle.startsOn, cycle.endsOn];
    const ids = async (sql: string) =>
      ((await this.dataSource.query(sql, range)) as { id: string }[]).map((r) => r.id);
    return {
      ...cycle,
      summary: await this.summary(cycle, actor),
      guidanceIds: await ids(
        `SELECT id FROM guidance WHERE issue_date BETWEEN $1 AND $2 ORDER BY issue_date, reference_number, version_number`,
      ),
      amendmentIds: await ids(
        `SELECT id FROM amendment WHERE ${JAPAN_DAY('created_at')} BETWEEN $1 AND $2 ORDER BY created_at`,
      ),
      investigationIds: hasPermission(actor, 'investigations.read')
        ? await ids(
            `SELECT v.id FROM investigation v WHERE ${this.investigationsOfYear(actor)} ORDER BY v.created_at`,
          )
        : null,
    };
  }

  /**
   * The counts of a span of the cycle (its fiscal year, or a quarter of it) for the reader.
   * Incidents come from the incident statistics (by reported month), not from counting them.
   */
  async summary(cycle: CycleSpan, actor: Actor): Promise<CycleSummary> {
    const range = [cycle.startsOn, cycle.endsOn];
    const countBy = async (key: string, from: string): Promise<Counts> => {
      const rows: { key: string | null; n: number }[] = await this.dataSource.query(
        `SELECT ${key} AS key, count(*)::int AS n ${from} GROUP BY 1 ORDER BY 1`,
        range,
      );
      return Object.fromEntries(rows.map((r) => [r.key ?? 'none', r.n]));
    };
    const total = (counts: Counts) => Object.values(counts).reduce((a, b) => a + b, 0);
    const cleared = new Redactor(actor).cleared;

    const measures = `FROM measure m WHERE m.start_date <= $2 AND m.due_date >= $1`;
    const measuresByStatus = await countBy('m.status', measures);
    const [{ late }] = await this.dataSource.query(
      `SELECT count(*)::int AS late ${measures} AND ${MEASURE_LATE_SQL}`,
      range,
    );
    const incidents = await this.incidentStatistics.counts(
      ['sector', 'severity', 'status'],
      cleared,
      {
        reportedFrom: cycle.startsOn,
        reportedTo: cycle.endsOn,
        excludeStatuses: ['duplicate'],
      },
    );
    const incidentsBy = (key: 'sector' | 'severity' | 'status'): Counts => {
      const counts: Counts = {};
      for (const row of incidents) counts[row[key]] = (counts[row[key]] ?? 0) + row.n;
      return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
    };
    const incidentsBySector = incidentsBy('sector');
    const investigationsByStatus = await countBy(
      'v.status',
      `FROM investigation v WHERE ${this.investigationsOfYear(actor)}`,
    );
    const guidance = `FROM guidance g WHERE g.issue_date BETWEEN $1 AND $2`;
    const guidanceByKind = await countBy('g.kind', guidance);
    const [{ published }] = await this.dataSource.query(
      `SELECT count(*)::int AS published ${guidance} AND g.public`,
      range,
    );
    const amendments = `FROM amendment a WHERE ${JAPAN_DAY('a.created_at')} BETWEEN $1 AND $2`;
    const amendmentsByStatus = await countBy('a.status', amendments);
    return {
      planVersions: await this.planVersionsInForce(cycle),
      measures: {
        active: total(measuresByStatus),
        late,
        byStatus: measuresByStatus,
        byRating: await countBy(MEASURE_RATING_SQL, measures),
      },
      incidents: {
        reported: total(incidentsBySector),
        bySector: incidentsBySector,
        bySeverity: incidentsBy('severity'),
        byStatus: incidentsBy('status'),
      },
      investigations: { opened: total(investigationsByStatus), byStatus: investigationsByStatus },
      guidance: { issued: total(guidanceByKind), public: published, byKind: guidanceByKind },
      amendments: {
        proposed: total(amendmentsByStatus),
        byStatus: amendmentsByStatus,
        byTarget: await countBy('a.target', amendments),
      },
    };
  }

  /** Versions approved by the end of the year (or today) and not superseded before it began. */
  private planVersionsInForce(cycle: CycleSpan): Promise<CycleSummary['planVersions']> {
    return this.dataSource.query(
      `SELECT v.id, v.number, v.status, to_char(v.cabinet_decision_date, 'YYYY-MM-DD') AS "cabinetDecisionDate"
         FROM plan_version v LEFT JOIN plan_version n ON n.id = v.superseded_by_id
        WHERE v.status IN ('approved', 'superseded')
          AND v.cabinet_decision_date <= least($2::date, (now() AT TIME ZONE 'Asia/Tokyo')::date)
          AND (n.cabinet_decision_date IS NULL OR n.cabinet_decision_date > $1::date)
        ORDER BY v.number`,
      [cycle.startsOn, cycle.endsOn],
    );
  }

  private investigationsOfYear(actor: Actor): string {
    const visible = new Redactor(actor).cleared
      ? ''
      : `AND NOT ${coversConfidentialIncident('v.id')}`;
    return `${JAPAN_DAY('v.created_at')} BETWEEN $1 AND $2 ${visible}`;
  }
}
