import {
  ACTOR_TYPE_CODES,
  LEGAL_NATURE_CODES,
  MEASURE_CATEGORY_CODES,
  MEASURE_STATUSES,
  MINISTRY_CODES,
  PROGRESS_REPORT_STATUSES,
  RAG_RATINGS,
} from '@tracker/contracts';
import { defineListSpec } from '@tracker/database';
import {
  MEASURE_LATE_SQL,
  MEASURE_OBJECTIVES_SQL,
  MEASURE_PLAN_VERSIONS_SQL,
  MEASURE_RATING_RANK_SQL,
  MEASURE_RATING_SQL,
  ratingRankSql,
  TODAY_IN_JAPAN_SQL as TODAY,
} from './measure-derived.sql';

export const measureList = defineListSpec({
  resource: 'measures',
  alias: 'm',
  filters: {
    id: { kind: 'uuid', column: 'm.id' },
    q: { kind: 'text', columns: ['m.code', 'm.title_ja', 'm.title_en'] },
    code: { kind: 'string', column: 'm.code', maxLength: 40 },
    status: { kind: 'enum', column: 'm.status', values: MEASURE_STATUSES },
    leadMinistry: { kind: 'enum', column: 'm.lead_ministry', values: MINISTRY_CODES },
    cooperatingMinistry: {
      kind: 'enumArray',
      column: 'm.cooperating_ministries',
      values: MINISTRY_CODES,
    },
    actorType: { kind: 'enum', column: 'm.actor_type', values: ACTOR_TYPE_CODES },
    category: { kind: 'enum', column: 'm.category', values: MEASURE_CATEGORY_CODES },
    legalNature: { kind: 'enum', column: 'm.legal_nature', values: LEGAL_NATURE_CODES },
    planVersionId: { kind: 'uuidArray', column: MEASURE_PLAN_VERSIONS_SQL },
    objectiveId: { kind: 'uuidArray', column: MEASURE_OBJECTIVES_SQL },
    rating: { kind: 'enum', column: MEASURE_RATING_SQL, values: RAG_RATINGS },
    late: { kind: 'condition', whenTrue: MEASURE_LATE_SQL, whenFalse: `NOT ${MEASURE_LATE_SQL}` },
    startFrom: { kind: 'dateFrom', column: 'm.start_date' },
    startTo: { kind: 'dateTo', column: 'm.start_date' },
    dueFrom: { kind: 'dateFrom', column: 'm.due_date' },
    dueTo: { kind: 'dateTo', column: 'm.due_date' },
  },
  sorts: {
    code: 'm.code',
    titleJa: 'm.title_ja',
    titleEn: 'm.title_en',
    status: 'm.status',
    leadMinistry: 'm.lead_ministry',
    category: 'm.category',
    actorType: 'm.actor_type',
    startDate: 'm.start_date',
    dueDate: 'm.due_date',
    budgetYen: 'm.budget_yen',
    rating: MEASURE_RATING_RANK_SQL,
    createdAt: 'm.created_at',
    updatedAt: 'm.updated_at',
  },
  defaultSort: ['code', 'ASC'],
  tieBreaker: 'm.id',
});

export const measureMilestoneList = defineListSpec({
  resource: 'measure-milestones',
  alias: 'ms',
  filters: {
    id: { kind: 'uuid', column: 'ms.id' },
    measureId: { kind: 'uuid', column: 'ms.measure_id' },
    q: { kind: 'text', columns: ['ms.title_ja', 'ms.title_en'] },
    done: {
      kind: 'condition',
      whenTrue: 'ms.done_on IS NOT NULL',
      whenFalse: 'ms.done_on IS NULL',
    },
    overdue: {
      kind: 'condition',
      whenTrue: `(ms.done_on IS NULL AND ms.due_date < ${TODAY})`,
      whenFalse: `(ms.done_on IS NOT NULL OR ms.due_date >= ${TODAY})`,
    },
    dueFrom: { kind: 'dateFrom', column: 'ms.due_date' },
    dueTo: { kind: 'dateTo', column: 'ms.due_date' },
  },
  sorts: {
    dueDate: 'ms.due_date',
    doneOn: 'ms.done_on',
    titleJa: 'ms.title_ja',
    titleEn: 'ms.title_en',
    createdAt: 'ms.created_at',
  },
  defaultSort: ['dueDate', 'ASC'],
  tieBreaker: 'ms.id',
});

export const measureKpiList = defineListSpec({
  resource: 'measure-kpis',
  alias: 'mk',
  filters: {
    id: { kind: 'uuid', column: 'mk.id' },
    measureId: { kind: 'uuid', column: 'mk.measure_id' },
    planKpiId: { kind: 'uuid', column: 'mk.plan_kpi_id' },
    planKpiLineageId: { kind: 'uuid', column: 'mk.plan_kpi_lineage_id' },
    q: { kind: 'text', columns: ['mk.indicator_ja', 'mk.indicator_en'] },
    targetDateFrom: { kind: 'dateFrom', column: 'mk.target_date' },
    targetDateTo: { kind: 'dateTo', column: 'mk.target_date' },
  },
  sorts: {
    indicatorJa: 'mk.indicator_ja',
    indicatorEn: 'mk.indicator_en',
    targetDate: 'mk.target_date',
    createdAt: 'mk.created_at',
  },
  defaultSort: ['createdAt', 'ASC'],
  tieBreaker: 'mk.id',
});

export const progressReportList = defineListSpec({
  resource: 'progress-reports',
  alias: 'r',
  filters: {
    id: { kind: 'uuid', column: 'r.id' },
    measureId: { kind: 'uuid', column: 'r.measure_id' },
    period: { kind: 'string', column: 'r.period', maxLength: 10 },
    status: { kind: 'enum', column: 'r.status', values: PROGRESS_REPORT_STATUSES },
    current: {
      kind: 'condition',
      whenTrue: `r.status = 'submitted'`,
      whenFalse: `r.status <> 'submitted'`,
    },
    rating: { kind: 'enum', column: 'r.rating', values: RAG_RATINGS },
    periodFrom: { kind: 'dateFrom', column: 'r.period_start' },
    periodTo: { kind: 'dateTo', column: 'r.period_start' },
    submittedFrom: { kind: 'dateFrom', column: 'r.created_at' },
    submittedTo: { kind: 'dateTo', column: 'r.created_at' },
  },
  sorts: {
    period: 'r.period_start',
    createdAt: 'r.created_at',
    rating: ratingRankSql('r.rating'),
  },
  defaultSort: ['period', 'DESC'],
  tieBreaker: 'r.id',
});
