import type { LateReason, MeasureAction, RagRating } from '@tracker/contracts';
import type { EntityManager } from 'typeorm';
import {
  MEASURE_LATE_REASONS_SQL,
  MEASURE_RATING_PERIOD_SQL,
  MEASURE_RATING_SQL,
} from './measure-derived.sql';
import type { Measure } from './measure.entity';
import { measureActions } from './measure.status';

/** A measure as the API shows it: its row plus what is derived from its links and reports. */
export type MeasureView = Measure & {
  objectiveIds: string[];
  planVersionIds: string[];
  late: boolean;
  lateReasons: LateReason[];
  currentRating: RagRating | null;
  currentRatingPeriod: string | null;
  actions: MeasureAction[];
};

interface DerivedRow {
  id: string;
  objective_ids: string[];
  plan_version_ids: string[];
  late_reasons: LateReason[];
  current_rating: RagRating | null;
  current_rating_period: string | null;
}

/** Derived fields of many measures in one query (a list page, or one record). */
export async function measureViews(em: EntityManager, measures: Measure[]): Promise<MeasureView[]> {
  if (!measures.length) return [];
  const rows: DerivedRow[] = await em.query(
    `SELECT m.id,
       ARRAY(SELECT mo.objective_id FROM measure_objective mo
               JOIN plan_version v ON v.id = mo.plan_version_id
               JOIN plan_objective o ON o.id = mo.objective_id
              WHERE mo.measure_id = m.id ORDER BY v.number, o.position, o.code) AS objective_ids,
       ARRAY(SELECT v.id FROM plan_version v
              WHERE v.id IN (SELECT mo.plan_version_id FROM measure_objective mo WHERE mo.measure_id = m.id)
              ORDER BY v.number) AS plan_version_ids,
       ${MEASURE_LATE_REASONS_SQL} AS late_reasons,
       ${MEASURE_RATING_SQL} AS current_rating,
       ${MEASURE_RATING_PERIOD_SQL} AS current_rating_period
     FROM measure m WHERE m.id = ANY($1::uuid[])`,
    [measures.map((m) => m.id)],
  );
  const derived = new Map(rows.map((r) => [r.id, r]));
  return measures.map((measure) => {
    const d = derived.get(measure.id)!;
    return {
      ...measure,
      objectiveIds: d.objective_ids,
      planVersionIds: d.plan_version_ids,
      late: d.late_reasons.length > 0,
      lateReasons: d.late_reasons,
      currentRating: d.current_rating,
      currentRatingPeriod: d.current_rating_period,
      actions: measureActions(measure.status),
    };
  });
}
