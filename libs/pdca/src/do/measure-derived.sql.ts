import { RAG_RATINGS } from '@tracker/contracts';
import { MILESTONE_WATCHED_STATUSES, REPORT_WATCHED_STATUSES } from './measure-lateness';

/**
 * What is derived about a measure, as SQL over a measure row aliased `m`: the lateness rule of
 * measure-lateness.ts, the current rating, the plan versions and objectives it serves. Today is the calendar day in Japan; fiscal quarters coincide with calendar
 * quarters (April, July, October, January), so the last complete period is the calendar
 * quarter before today's.
 */
/** Today's calendar day in Japan (todayInJapan() in SQL). */
export const TODAY_IN_JAPAN_SQL = `(now() AT TIME ZONE 'Asia/Tokyo')::date`;
const TODAY = TODAY_IN_JAPAN_SQL;
const QUARTER_START = `date_trunc('quarter', ${TODAY}::timestamp)`;
export const LAST_PERIOD_START_SQL = `(${QUARTER_START} - interval '3 months')::date`;
export const LAST_PERIOD_END_SQL = `(${QUARTER_START}::date - 1)`;
/** FY label of the last period: its start moved back three months falls in calendar year FY, quarter Q. */
export const LAST_PERIOD_LABEL_SQL = `('FY' || to_char(${QUARTER_START} - interval '6 months', 'YYYY') || '-Q' || to_char(${QUARTER_START} - interval '6 months', 'Q'))`;

export const sqlList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

const OVERDUE_MILESTONES = `FROM measure_milestone mm
  WHERE mm.measure_id = m.id AND mm.done_on IS NULL AND mm.due_date < ${TODAY}`;

const MILESTONE_OVERDUE = `(m.status IN (${sqlList(MILESTONE_WATCHED_STATUSES)}) AND EXISTS (SELECT 1 ${OVERDUE_MILESTONES}))`;

const REPORT_MISSING = `(m.status IN (${sqlList(REPORT_WATCHED_STATUSES)})
  AND m.start_date <= ${LAST_PERIOD_END_SQL}
  AND NOT EXISTS (SELECT 1 FROM progress_report lr
    WHERE lr.measure_id = m.id AND lr.status = 'submitted' AND lr.period_start = ${LAST_PERIOD_START_SQL}))`;

/** True when the measure is late. */
export const MEASURE_LATE_SQL = `(${MILESTONE_OVERDUE} OR ${REPORT_MISSING})`;

/** The reasons, as a jsonb array shaped like LateReason, in the pure rule's order. */
export const MEASURE_LATE_REASONS_SQL = `(
  CASE WHEN m.status IN (${sqlList(MILESTONE_WATCHED_STATUSES)}) THEN (
    SELECT coalesce(jsonb_agg(jsonb_build_object(
      'kind', 'milestone_overdue', 'milestoneId', mm.id, 'dueDate', to_char(mm.due_date, 'YYYY-MM-DD')
    ) ORDER BY mm.due_date, mm.id), '[]'::jsonb) ${OVERDUE_MILESTONES})
  ELSE '[]'::jsonb END
  || CASE WHEN ${REPORT_MISSING}
     THEN jsonb_build_array(jsonb_build_object('kind', 'report_missing', 'period', ${LAST_PERIOD_LABEL_SQL}))
     ELSE '[]'::jsonb END)`;

/**
 * Rating and period of the latest submitted report (null before the first), which a trigger on
 * progress_report keeps on the measure (migration DerivedFiguresForReads).
 */
export const MEASURE_RATING_SQL = `m.current_rating`;
export const MEASURE_RATING_PERIOD_SQL = `m.current_rating_period`;
/** Sorts ratings from green (1) to red (5) rather than alphabetically. */
export const ratingRankSql = (rating: string) =>
  `array_position(ARRAY[${sqlList(RAG_RATINGS)}]::text[], ${rating})`;
export const MEASURE_RATING_RANK_SQL = ratingRankSql(MEASURE_RATING_SQL);

/** Plan versions and objectives the measure serves, as uuid arrays (for `&&` filters). */
export const MEASURE_PLAN_VERSIONS_SQL = `ARRAY(SELECT mo.plan_version_id FROM measure_objective mo WHERE mo.measure_id = m.id)`;
export const MEASURE_OBJECTIVES_SQL = `ARRAY(SELECT mo.objective_id FROM measure_objective mo WHERE mo.measure_id = m.id)`;

/**
 * The same rules set-based, for figures over every measure at once (the dashboard): one pass
 * over milestones and reports instead of probes per measure. Rows: status, rating (of
 * the latest report; null before the first), late, n. An integration test checks that
 * its late count equals the `late` filter's (MEASURE_LATE_SQL).
 */
export const MEASURE_FIGURES_SQL = `
  WITH overdue AS (
         SELECT DISTINCT measure_id FROM measure_milestone WHERE done_on IS NULL AND due_date < ${TODAY}),
       reported AS (
         SELECT measure_id FROM progress_report WHERE status = 'submitted' AND period_start = ${LAST_PERIOD_START_SQL})
  SELECT m.status,
         m.current_rating AS rating,
         ((m.status IN (${sqlList(MILESTONE_WATCHED_STATUSES)}) AND o.measure_id IS NOT NULL)
          OR (m.status IN (${sqlList(REPORT_WATCHED_STATUSES)}) AND m.start_date <= ${LAST_PERIOD_END_SQL}
              AND r.measure_id IS NULL)) AS late,
         count(*)::int AS n
    FROM measure m
    LEFT JOIN overdue o ON o.measure_id = m.id
    LEFT JOIN reported r ON r.measure_id = m.id
   GROUP BY 1, 2, 3`;
