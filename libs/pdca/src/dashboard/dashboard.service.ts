import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AMENDMENT_STATUSES,
  GUIDANCE_STATUSES,
  INCIDENT_STATUSES,
  INVESTIGATION_STATUSES,
  MEASURE_STATUSES,
  RAG_RATINGS,
  SEVERITIES,
} from '@tracker/contracts';
import { hasPermission, type Actor } from '@tracker/core';
import type { DataSource } from 'typeorm';
import { IncidentStatistics } from '../check/incident-statistics';
import { GUIDANCE_FOLLOW_UP_DUE_SQL } from '../act/act.lists';
import { MEASURE_FIGURES_SQL, TODAY_IN_JAPAN_SQL } from '../do/measure-derived.sql';
import type {
  ActPanel,
  CheckPanel,
  CountView,
  DashboardView,
  DoPanel,
  PlanPanel,
} from './dashboard.view';

/** 1 April of the fiscal year that today (in Japan) falls in. */
const FISCAL_YEAR_START_SQL = `make_date(extract(year FROM ${TODAY_IN_JAPAN_SQL} - interval '3 months')::int, 4, 1)`;

/** Statuses in which an incident or a measure still needs work. */
const OPEN_INCIDENT: readonly string[] = ['reported', 'triaged', 'under_investigation'];
const ACTIVE_MEASURE: readonly string[] = ['planned', 'in_progress', 'suspended'];
/** Age buckets of open investigations, in days since they were opened. */
export const AGE_BUCKETS = [
  { key: '0-30', max: 30 },
  { key: '31-90', max: 90 },
  { key: '91-180', max: 180 },
  { key: '181+', max: Infinity },
] as const;

/** Every key of `order` with its count (0 when absent), in that order. */
export function countsIn(
  order: readonly string[],
  rows: { key: string; n: number }[],
): CountView[] {
  const byKey = new Map<string, number>();
  for (const row of rows) byKey.set(row.key, (byKey.get(row.key) ?? 0) + Number(row.n));
  return order.map((key) => ({ key, n: byKey.get(key) ?? 0 }));
}

export function ageBucket(days: number): string {
  return (AGE_BUCKETS.find((b) => days <= b.max) ?? AGE_BUCKETS[AGE_BUCKETS.length - 1]).key;
}

/**
 * The cycle at a glance, one panel per stage, each only for readers of that stage. Every figure
 * is a small query: incident counts come from the incident statistics, not from counting a
 * million incidents.
 */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly incidents: IncidentStatistics,
  ) {}

  async forActor(actor: Actor): Promise<DashboardView> {
    const can = (p: Parameters<typeof hasPermission>[1]) => hasPermission(actor, p);
    const [plan, measures, check, act] = await Promise.all([
      can('plan.read') ? this.plan() : null,
      can('measures.read') ? this.measures() : null,
      can('incidents.read') ? this.check(actor) : null,
      can('guidance.read') && can('amendments.read') ? this.act() : null,
    ]);
    return { asOf: new Date().toISOString(), plan, do: measures, check, act };
  }

  private async plan(): Promise<PlanPanel> {
    const [row] = await this.dataSource.query(
      `SELECT
         (SELECT jsonb_build_object('id', v.id, 'number', v.number, 'titleJa', v.title_ja, 'titleEn', v.title_en,
                 'cabinetDecisionDate', to_char(v.cabinet_decision_date, 'YYYY-MM-DD'),
                 'fiscalYearFrom', v.fiscal_year_from, 'fiscalYearTo', v.fiscal_year_to)
            FROM plan_version v WHERE v.status = 'approved') AS current,
         (SELECT jsonb_build_object('id', v.id, 'number', v.number, 'status', v.status)
            FROM plan_version v WHERE v.status IN ('draft', 'proposed') ORDER BY v.number DESC LIMIT 1) AS next,
         (SELECT count(*)::int FROM plan_objective o JOIN plan_version v ON v.id = o.plan_version_id
           WHERE v.status = 'approved') AS objectives,
         (SELECT count(*)::int FROM plan_kpi k JOIN plan_version v ON v.id = k.plan_version_id
           WHERE v.status = 'approved') AS kpis`,
    );
    return row;
  }

  private async measures(): Promise<DoPanel> {
    const rows: { status: string; rating: string | null; late: boolean; n: number }[] =
      await this.dataSource.query(MEASURE_FIGURES_SQL);
    const active = rows.filter((r) => ACTIVE_MEASURE.includes(r.status));
    return {
      total: rows.reduce((n, r) => n + r.n, 0),
      byStatus: countsIn(
        MEASURE_STATUSES,
        rows.map((r) => ({ key: r.status, n: r.n })),
      ),
      byRating: countsIn(
        [...RAG_RATINGS, 'none'],
        active.map((r) => ({ key: r.rating ?? 'none', n: r.n })),
      ),
      late: rows.filter((r) => r.late).reduce((n, r) => n + r.n, 0),
    };
  }

  private async check(actor: Actor): Promise<CheckPanel> {
    const cleared = actor.clearance === 'confidential';
    const [counts, investigations] = await Promise.all([
      this.incidents.counts(['status', 'severity'], cleared),
      hasPermission(actor, 'investigations.read') ? this.openInvestigationsByAge(cleared) : null,
    ]);
    const count = (key: 'status' | 'severity', rows = counts) =>
      rows.map((r) => ({ key: r[key], n: r.n }));
    return {
      incidents: counts.reduce((n, r) => n + r.n, 0),
      incidentsByStatus: countsIn(INCIDENT_STATUSES, count('status')),
      incidentsBySeverity: countsIn(SEVERITIES, count('severity')),
      openIncidentsBySeverity: countsIn(
        SEVERITIES,
        count(
          'severity',
          counts.filter((r) => OPEN_INCIDENT.includes(r.status)),
        ),
      ),
      openInvestigationsByAge: investigations,
    };
  }

  private async act(): Promise<ActPanel> {
    const [guidance, amendments]: { key: string; n: number; issued?: number; due?: number }[][] =
      await Promise.all([
        this.dataSource.query(
          `SELECT status AS key, count(*)::int AS n,
                  count(*) FILTER (WHERE issue_date >= ${FISCAL_YEAR_START_SQL})::int AS issued,
                  count(*) FILTER (WHERE ${GUIDANCE_FOLLOW_UP_DUE_SQL})::int AS due
             FROM guidance g GROUP BY 1`,
        ),
        this.dataSource.query(`SELECT status AS key, count(*)::int AS n FROM amendment GROUP BY 1`),
      ]);
    const amendmentsByStatus = countsIn(AMENDMENT_STATUSES, amendments);
    return {
      guidanceByStatus: countsIn(GUIDANCE_STATUSES, guidance),
      // Issued at some point this year: a version superseded or withdrawn since still counts.
      issuedThisFiscalYear: guidance.reduce((n, r) => n + (r.issued ?? 0), 0),
      followUpDue: guidance.reduce((n, r) => n + (r.due ?? 0), 0),
      amendmentsByStatus,
      amendmentsPending: amendmentsByStatus
        .filter((c) => c.key === 'proposed' || c.key === 'in_review')
        .reduce((n, c) => n + c.n, 0),
    };
  }

  private async openInvestigationsByAge(cleared: boolean): Promise<CountView[]> {
    const open = INVESTIGATION_STATUSES.filter((s) => s !== 'concluded');
    const rows: { days: number; n: number }[] = await this.dataSource.query(
      `SELECT (current_date - v.created_at::date) AS days, count(*)::int AS n
         FROM investigation v
        WHERE v.status = ANY ($1) AND ($2 OR NOT v.confidential)
        GROUP BY 1`,
      [open, cleared],
    );
    return countsIn(
      AGE_BUCKETS.map((b) => b.key),
      rows.map((r) => ({ key: ageBucket(r.days), n: r.n })),
    );
  }
}
