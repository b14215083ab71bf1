import { ACT_PRINCIPLES, PLAN_VERSION_STATUSES } from '@tracker/contracts';
import { defineListSpec } from '@tracker/database';

export const planVersionList = defineListSpec({
  resource: 'plan-versions',
  alias: 'v',
  filters: {
    id: { kind: 'uuid', column: 'v.id' },
    q: { kind: 'text', columns: ['v.title_ja', 'v.title_en', 'v.summary_ja', 'v.summary_en'] },
    status: { kind: 'enum', column: 'v.status', values: PLAN_VERSION_STATUSES },
    number: { kind: 'integer', column: 'v.number', min: 1 },
    basedOnId: { kind: 'uuid', column: 'v.based_on_id' },
  },
  sorts: {
    number: 'v.number',
    status: 'v.status',
    cabinetDecisionDate: 'v.cabinet_decision_date',
    createdAt: 'v.created_at',
    updatedAt: 'v.updated_at',
  },
  defaultSort: ['number', 'DESC'],
  tieBreaker: 'v.id',
});

export const planObjectiveList = defineListSpec({
  resource: 'plan-objectives',
  alias: 'o',
  filters: {
    id: { kind: 'uuid', column: 'o.id' },
    planVersionId: { kind: 'uuid', column: 'o.plan_version_id' },
    lineageId: { kind: 'uuid', column: 'o.lineage_id' },
    principle: { kind: 'enum', column: 'o.principle', values: ACT_PRINCIPLES },
    q: { kind: 'text', columns: ['o.code', 'o.title_ja', 'o.title_en'] },
  },
  sorts: {
    position: 'o.position',
    code: 'o.code',
    principle: 'o.principle',
    titleEn: 'o.title_en',
  },
  defaultSort: ['position', 'ASC'],
  tieBreaker: 'o.id',
});

export const planKpiList = defineListSpec({
  resource: 'plan-kpis',
  alias: 'k',
  filters: {
    id: { kind: 'uuid', column: 'k.id' },
    objectiveId: { kind: 'uuid', column: 'k.objective_id' },
    planVersionId: { kind: 'uuid', column: 'k.plan_version_id' },
    q: { kind: 'text', columns: ['k.code', 'k.indicator_ja', 'k.indicator_en'] },
    targetDateFrom: { kind: 'dateFrom', column: 'k.target_date' },
    targetDateTo: { kind: 'dateTo', column: 'k.target_date' },
  },
  sorts: { code: 'k.code', targetDate: 'k.target_date', indicatorEn: 'k.indicator_en' },
  defaultSort: ['code', 'ASC'],
  tieBreaker: 'k.id',
});
