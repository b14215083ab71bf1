import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export const INCIDENT_STAT_DIMENSIONS = [
  'status',
  'severity',
  'sector',
  'confidentiality',
  'month',
] as const;
export type IncidentStatDimension = (typeof INCIDENT_STAT_DIMENSIONS)[number];
export type IncidentCount<D extends IncidentStatDimension> = Record<D, string> & { n: number };

/**
 * Which incidents to count: reported between two dates (whole months, as the summary keeps
 * them; quarters and fiscal years are whole months), and without some statuses.
 */
export interface IncidentStatFilter {
  reportedFrom?: string;
  reportedTo?: string;
  excludeStatuses?: readonly string[];
}

/** The dimensions of the brief summary (incident_stat_brief). */
const BRIEF_DIMENSIONS = ['status', 'severity', 'confidentiality'] as const;

/** Advisory-lock key: one fold at a time, across processes. */
const FOLD_LOCK = 7_201_003;

/**
 * Incident counts from the summary and its delta log (migration IncidentStatistics): exact at
 * every moment, without grouping every incident on each read and without a counter row that
 * writers queue on.
 */
@Injectable()
export class IncidentStatistics {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Counts grouped by `dimensions`. Confidential-level incidents count only for readers with
   * clearance: for anyone else they do not exist (docs/adr/0006).
   */
  async counts<D extends IncidentStatDimension>(
    dimensions: readonly D[],
    includeConfidential: boolean,
    only: IncidentStatFilter = {},
  ): Promise<IncidentCount<D>[]> {
    const columns = dimensions.filter((d) => INCIDENT_STAT_DIMENSIONS.includes(d));
    const select = columns.map((c) => (c === 'month' ? `to_char(month, 'YYYY-MM') AS month` : c));
    const group = columns.length ? `GROUP BY ${columns.join(', ')}` : '';
    // The brief summary has a few dozen rows; the full one tens of thousands at scale.
    const brief =
      !only.reportedFrom &&
      columns.every((c) => (BRIEF_DIMENSIONS as readonly string[]).includes(c));
    const summary = brief
      ? `SELECT status, severity, confidentiality, n FROM incident_stat_brief
         UNION ALL SELECT status, severity, confidentiality, n FROM incident_stat_delta`
      : `SELECT status, severity, sector, confidentiality, month, n FROM incident_stat
         UNION ALL SELECT status, severity, sector, confidentiality, month, n FROM incident_stat_delta`;
    const rows: IncidentCount<D>[] = await this.dataSource.query(
      `SELECT ${[...select, 'sum(n)::int AS n'].join(', ')}
         FROM (${summary}) s
        WHERE ($1 OR confidentiality <> 'confidential')
          AND NOT (status = ANY ($2::text[]))
          ${brief ? '' : `AND ($3::date IS NULL OR month BETWEEN date_trunc('month', $3::date) AND $4::date)`}
        ${group}
       HAVING sum(n) <> 0`,
      [
        includeConfidential,
        only.excludeStatuses ?? [],
        ...(brief ? [] : [only.reportedFrom ?? null, only.reportedTo ?? null]),
      ],
    );
    return rows;
  }

  /** Folds logged deltas into the summary; returns how many it folded. */
  async fold(batch = 50_000): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      const [{ locked }] = await em.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [
        FOLD_LOCK,
      ]);
      if (!locked) return 0;
      const [{ folded }] = await em.query(
        `WITH moved AS (
           DELETE FROM incident_stat_delta
            WHERE id IN (SELECT id FROM incident_stat_delta ORDER BY id LIMIT $1)
        RETURNING status, severity, sector, confidentiality, month, n),
         summed AS (
           SELECT status, severity, sector, confidentiality, month, sum(n) AS n, count(*) AS deltas
             FROM moved GROUP BY 1, 2, 3, 4, 5),
         upserted AS (
           INSERT INTO incident_stat (status, severity, sector, confidentiality, month, n)
           SELECT status, severity, sector, confidentiality, month, n FROM summed
           ON CONFLICT (status, severity, sector, confidentiality, month)
           DO UPDATE SET n = incident_stat.n + excluded.n),
         briefed AS (
           INSERT INTO incident_stat_brief (status, severity, confidentiality, n)
           SELECT status, severity, confidentiality, sum(n) FROM summed GROUP BY 1, 2, 3
           ON CONFLICT (status, severity, confidentiality)
           DO UPDATE SET n = incident_stat_brief.n + excluded.n)
         SELECT coalesce(sum(deltas), 0)::int AS folded FROM summed`,
        [batch],
      );
      await em.query('DELETE FROM incident_stat WHERE n = 0');
      await em.query('DELETE FROM incident_stat_brief WHERE n = 0');
      return folded;
    });
  }
}
