import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AMENDMENT_STATUSES,
  AMENDMENT_TARGET_CODES,
  GUIDANCE_KIND_CODES,
  INCIDENT_STATUSES,
  INVESTIGATION_STATUSES,
  MEASURE_STATUSES,
  RAG_RATINGS,
  RISK_CATEGORY_CODES,
  SECTOR_CODES,
  SEVERITIES,
} from '@tracker/contracts';
import { systemActor, type Actor } from '@tracker/core';
import type { DataSource } from 'typeorm';
import { coversConfidentialIncident } from '../check/case-file-access';
import { AGE_BUCKETS, ageBucket, countsIn } from '../dashboard/dashboard.service';
import type {
  CycleEvaluationReport,
  KpiAgainstTarget,
  ReportCount,
} from './cycle-evaluation.report';
import { CyclesService, type CycleSpan } from './cycles.service';

/**
 * The reader an evaluation is counted for: `internal` clearance, every read permission of the
 * cycle. Confidential-level incidents stay out of a document that every evaluation reader sees.
 */
const EVALUATOR: Actor = {
  ...systemActor('cycle.evaluate'),
  clearance: 'internal',
  permissions: ['measures.read', 'incidents.read', 'investigations.read', 'cycles.read'],
};

const asCounts = (order: readonly string[], counts: Record<string, number>): ReportCount[] => {
  const known = countsIn(
    order,
    Object.entries(counts).map(([key, n]) => ({ key, n })),
  );
  const others = Object.entries(counts)
    .filter(([key]) => !order.includes(key))
    .map(([key, n]) => ({ key, n }));
  return [...known, ...others];
};

/**
 * Computes the figures of an evaluation. The counts of each stage are the cycle's own
 * (CyclesService.summary, incidents from the statistics summary); what only an evaluation shows
 * — KPIs against targets, incidents by risk category, the ages of open investigations — is a
 * query each here, bounded by the period.
 */
@Injectable()
export class CycleEvaluationFigures {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cycles: CyclesService,
  ) {}

  async compute(
    span: CycleSpan & { cycleId: number; period: string },
  ): Promise<CycleEvaluationReport> {
    const summary = await this.cycles.summary(span, EVALUATOR);
    const kpis = await this.kpis(span);
    return {
      cycleId: span.cycleId,
      period: span.period,
      startsOn: span.startsOn,
      endsOn: span.endsOn,
      asOf: new Date().toISOString(),
      planVersions: summary.planVersions,
      measures: {
        active: summary.measures.active,
        late: summary.measures.late,
        byStatus: asCounts(MEASURE_STATUSES, summary.measures.byStatus),
        byRating: asCounts([...RAG_RATINGS, 'none'], summary.measures.byRating),
      },
      kpis: {
        total: kpis.length,
        withValue: kpis.filter((k) => k.latest !== null).length,
        met: kpis.filter((k) => k.met).length,
        items: kpis,
      },
      incidents: {
        reported: summary.incidents.reported,
        bySector: asCounts(SECTOR_CODES, summary.incidents.bySector),
        byRisk: await this.incidentsByRisk(span),
        bySeverity: asCounts(SEVERITIES, summary.incidents.bySeverity),
        byStatus: asCounts(INCIDENT_STATUSES, summary.incidents.byStatus),
      },
      investigations: {
        opened: summary.investigations.opened,
        byStatus: asCounts(INVESTIGATION_STATUSES, summary.investigations.byStatus),
        openByAge: await this.openInvestigationsByAge(span),
      },
      guidance: {
        issued: summary.guidance.issued,
        public: summary.guidance.public,
        byKind: asCounts(GUIDANCE_KIND_CODES, summary.guidance.byKind),
      },
      amendments: {
        proposed: summary.amendments.proposed,
        byStatus: asCounts(AMENDMENT_STATUSES, summary.amendments.byStatus),
        byTarget: asCounts(AMENDMENT_TARGET_CODES, summary.amendments.byTarget),
      },
    };
  }

  /** KPIs of the measures running in the period, each with its latest value reported by its end. */
  private async kpis(span: CycleSpan): Promise<KpiAgainstTarget[]> {
    const rows: Omit<KpiAgainstTarget, 'progress' | 'met'>[] = await this.dataSource.query(
      `SELECT m.code AS "measureCode", k.indicator_ja AS "indicatorJa", k.indicator_en AS "indicatorEn",
              k.unit, k.baseline::float8 AS baseline, k.target::float8 AS target,
              to_char(k.target_date, 'YYYY-MM-DD') AS "targetDate",
              v.value AS latest, v.period AS "latestPeriod"
         FROM measure_kpi k JOIN measure m ON m.id = k.measure_id
         LEFT JOIN LATERAL (
           SELECT (iv->>'value')::float8 AS value, r.period
             FROM progress_report r, jsonb_array_elements(r.indicator_values) iv
            WHERE r.measure_id = k.measure_id AND r.status = 'submitted' AND r.period_end <= $2
              AND iv->>'measureKpiId' = k.id::text
            ORDER BY r.period_end DESC LIMIT 1) v ON true
        WHERE m.start_date <= $2 AND m.due_date >= $1
        ORDER BY m.code, k.indicator_en, k.id`,
      [span.startsOn, span.endsOn],
    );
    return rows.map((k) => {
      const span = k.target - k.baseline;
      const progress =
        k.latest === null
          ? null
          : span === 0
            ? 1
            : Math.round(((k.latest - k.baseline) / span) * 1000) / 1000;
      return { ...k, progress, met: progress !== null && progress >= 1 };
    });
  }

  /**
   * Risk categories are not in the statistics summary (an incident has several): counted over
   * the period's incidents through the reported-date index.
   */
  private async incidentsByRisk(span: CycleSpan): Promise<ReportCount[]> {
    const rows: { key: string; n: number }[] = await this.dataSource.query(
      `SELECT r AS key, count(*)::int AS n
         FROM incident i CROSS JOIN LATERAL unnest(i.risk_categories) r
        WHERE i.reported_date BETWEEN $1 AND $2 AND i.status <> 'duplicate'
          AND i.confidentiality <> 'confidential'
        GROUP BY 1`,
      [span.startsOn, span.endsOn],
    );
    return countsIn(RISK_CATEGORY_CODES, rows);
  }

  /** Investigations open at the end of the period (or today), by days since they were opened. */
  private async openInvestigationsByAge(span: CycleSpan): Promise<ReportCount[]> {
    const rows: { days: number; n: number }[] = await this.dataSource.query(
      `SELECT (least($1::date, (now() AT TIME ZONE 'Asia/Tokyo')::date)
                 - (v.created_at AT TIME ZONE 'Asia/Tokyo')::date) AS days, count(*)::int AS n
         FROM investigation v
        WHERE (v.created_at AT TIME ZONE 'Asia/Tokyo')::date <= $1
          AND (v.concluded_at IS NULL OR (v.concluded_at AT TIME ZONE 'Asia/Tokyo')::date > $1)
          AND NOT ${coversConfidentialIncident('v.id')}
        GROUP BY 1`,
      [span.endsOn],
    );
    return countsIn(
      AGE_BUCKETS.map((b) => b.key),
      rows.map((r) => ({ key: ageBucket(r.days), n: r.n })),
    );
  }
}
