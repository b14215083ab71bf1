import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  PUBLIC_STATISTICS_THRESHOLD,
  RISK_CATEGORIES,
  SECTORS,
  SEVERITIES,
} from '@tracker/contracts';
import type { DataSource } from 'typeorm';
import { PublicCache } from './public-cache';
import { suppressSmallCells, type PublishedCell } from './cell-suppression';

/**
 * Which incidents the public statistics count: all but confidential-level ones (never counted,
 * not even in totals), dismissed ones (not AI incidents after all) and duplicates (counted once,
 * as the incident they duplicate). Internal-level incidents are counted but only ever shown in
 * aggregate (docs/adr/0013).
 */
const COUNTED = `i.confidentiality <> 'confidential' AND i.status NOT IN ('dismissed', 'duplicate')`;
export const PUBLIC_INCIDENTS = `FROM incident i WHERE ${COUNTED}`;

export type StatisticsCell = PublishedCell & { labelJa?: string; labelEn?: string };

export interface PublicIncidentStatistics {
  threshold: number;
  counted: string;
  /** null when below the threshold (and then every cell is suppressed too). */
  total: number | null;
  bySector: StatisticsCell[];
  /** An incident can have several risk categories: these cells do not add up to the total. */
  byRiskCategory: StatisticsCell[];
  bySeverity: StatisticsCell[];
  /** Month the incident was reported (YYYY-MM), from the first to the last month with one. */
  byMonth: StatisticsCell[];
}

type Labels = Record<string, { ja: string; en: string }>;

/** Incident statistics for the public: aggregated, small cells suppressed in every table. */
@Injectable()
export class PublicStatisticsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: PublicCache,
  ) {}

  incidents(): Promise<PublicIncidentStatistics> {
    return this.cache.remember('incident-statistics', () => this.compute());
  }

  private async compute(): Promise<PublicIncidentStatistics> {
    const counts = async (key: string, from = PUBLIC_INCIDENTS) => {
      const rows: { key: string; n: number }[] = await this.dataSource.query(
        `SELECT ${key} AS key, count(*)::int AS n ${from} GROUP BY 1`,
      );
      return new Map(rows.map((r) => [r.key, r.n]));
    };
    const table = (keys: readonly string[], found: Map<string, number>, labels?: Labels) => {
      const { cells, total } = suppressSmallCells(
        keys.map((key) => ({ key, count: found.get(key) ?? 0 })),
      );
      const labelled = cells.map((c) =>
        labels ? { ...c, labelJa: labels[c.key].ja, labelEn: labels[c.key].en } : c,
      );
      return { cells: labelled, total };
    };
    const sectors = table(Object.keys(SECTORS), await counts('i.sector'), SECTORS);
    const months = await counts(`to_char(i.reported_date, 'YYYY-MM')`);
    return {
      threshold: PUBLIC_STATISTICS_THRESHOLD,
      counted:
        'Incidents reported to the government, excluding confidential, dismissed and duplicate ones / 政府が把握した事案（秘匿・却下・重複を除く）',
      total: sectors.total,
      bySector: sectors.cells,
      byRiskCategory: table(
        Object.keys(RISK_CATEGORIES),
        await counts(
          'c',
          `FROM incident i CROSS JOIN unnest(i.risk_categories) c WHERE ${COUNTED}`,
        ),
        RISK_CATEGORIES,
      ).cells,
      bySeverity: table(SEVERITIES, await counts('i.severity')).cells,
      byMonth: table(monthsBetween([...months.keys()]), months).cells,
    };
  }
}

/** Every month from the earliest to the latest given (YYYY-MM), so empty months show as 0. */
export function monthsBetween(months: string[]): string[] {
  if (!months.length) return [];
  const sorted = [...months].sort();
  const out: string[] = [];
  let [y, m] = sorted[0].split('-').map(Number);
  const last = sorted[sorted.length - 1];
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) return out;
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
}
