import {
  AMENDMENT_STATUSES,
  AMENDMENT_TARGET_CODES,
  CYCLE_EVALUATION_PERIOD_KINDS,
  CYCLE_EVALUATION_STATUSES,
  GUIDANCE_KIND_CODES,
  GUIDANCE_STATUSES,
  MINISTRY_CODES,
  SECTOR_CODES,
} from '@tracker/contracts';
import { defineListSpec } from '@tracker/database';

const TODAY_IN_JAPAN = `(now() AT TIME ZONE 'Asia/Tokyo')::date`;

/** Issued, its follow-up date has come (by `today`, an SQL date), and no result is recorded yet. */
export const followUpDueSql = (today: string) =>
  `(g.status = 'issued' AND g.follow_up_date <= ${today} AND g.follow_up_result IS NULL)`;
export const GUIDANCE_FOLLOW_UP_DUE_SQL = followUpDueSql(TODAY_IN_JAPAN);

const guidanceFilters = {
  id: { kind: 'uuid', column: 'g.id' },
  q: { kind: 'text', columns: ['g.title_ja', 'g.title_en', 'g.body_ja', 'g.body_en'] },
  referenceNumber: { kind: 'string', column: 'g.reference_number', maxLength: 30 },
  kind: { kind: 'enum', column: 'g.kind', values: GUIDANCE_KIND_CODES },
  issuingAuthority: { kind: 'enum', column: 'g.issuing_authority', values: MINISTRY_CODES },
  addresseeSector: { kind: 'enum', column: 'g.addressee_sector', values: SECTOR_CODES },
  issueDateFrom: { kind: 'dateFrom', column: 'g.issue_date' },
  issueDateTo: { kind: 'dateTo', column: 'g.issue_date' },
} as const;

const guidanceSorts = {
  referenceNumber: 'g.reference_number',
  versionNumber: 'g.version_number',
  issueDate: 'g.issue_date',
  kind: 'g.kind',
};

export const guidanceList = defineListSpec({
  resource: 'guidance',
  alias: 'g',
  filters: {
    ...guidanceFilters,
    status: { kind: 'enum', column: 'g.status', values: GUIDANCE_STATUSES },
    public: { kind: 'boolean', column: 'g.public' },
    findingId: { kind: 'uuidArray', column: 'g.finding_ids' },
    addresseeOrganisationId: { kind: 'uuidArray', column: 'g.addressee_organisation_ids' },
    followUpDue: {
      kind: 'condition',
      whenTrue: GUIDANCE_FOLLOW_UP_DUE_SQL,
      whenFalse: `NOT ${GUIDANCE_FOLLOW_UP_DUE_SQL}`,
    },
    followUpFrom: { kind: 'dateFrom', column: 'g.follow_up_date' },
    followUpTo: { kind: 'dateTo', column: 'g.follow_up_date' },
  },
  sorts: {
    ...guidanceSorts,
    status: 'g.status',
    followUpDate: 'g.follow_up_date',
    createdAt: 'g.created_at',
    updatedAt: 'g.updated_at',
  },
  defaultSort: ['createdAt', 'DESC'],
  tieBreaker: 'g.id',
});

/** The public list: filters on public fields only. */
export const publicGuidanceList = defineListSpec({
  resource: 'guidance',
  alias: 'g',
  filters: guidanceFilters,
  sorts: guidanceSorts,
  defaultSort: ['issueDate', 'DESC'],
  tieBreaker: 'g.id',
});

export const amendmentList = defineListSpec({
  resource: 'amendments',
  alias: 'a',
  filters: {
    id: { kind: 'uuid', column: 'a.id' },
    q: { kind: 'text', columns: ['a.target_name', 'a.proposed_change_ja', 'a.proposed_change_en'] },
    target: { kind: 'enum', column: 'a.target', values: AMENDMENT_TARGET_CODES },
    status: { kind: 'enum', column: 'a.status', values: AMENDMENT_STATUSES },
    leadMinistry: { kind: 'enum', column: 'a.lead_ministry', values: MINISTRY_CODES },
    findingId: { kind: 'uuidArray', column: 'a.finding_ids' },
    guidanceId: { kind: 'uuidArray', column: 'a.guidance_ids' },
    planVersionId: { kind: 'uuid', column: 'a.plan_version_id' },
    createdFrom: { kind: 'dateFrom', column: 'a.created_at' },
    createdTo: { kind: 'dateTo', column: 'a.created_at' },
  },
  sorts: {
    createdAt: 'a.created_at',
    updatedAt: 'a.updated_at',
    decidedAt: 'a.decided_at',
    status: 'a.status',
    target: 'a.target',
  },
  defaultSort: ['createdAt', 'DESC'],
  tieBreaker: 'a.id',
});

export const cycleList = defineListSpec({
  resource: 'cycles',
  alias: 'c',
  filters: {
    id: { kind: 'integer', column: 'c.id', min: 1900, max: 2200 },
    current: { kind: 'boolean', column: 'c.current' },
    planVersionId: { kind: 'uuid', column: 'c.plan_version_id' },
  },
  sorts: { fiscalYear: 'c.fiscal_year' },
  defaultSort: ['fiscalYear', 'DESC'],
  tieBreaker: 'c.id',
});

export const cycleEvaluationList = defineListSpec({
  resource: 'cycle-evaluations',
  alias: 'e',
  filters: {
    id: { kind: 'uuid', column: 'e.id' },
    cycleId: { kind: 'integer', column: 'e.cycle_id', min: 1900, max: 2200 },
    period: { kind: 'string', column: 'e.period', maxLength: 12 },
    periodKind: { kind: 'enum', column: 'e.period_kind', values: CYCLE_EVALUATION_PERIOD_KINDS },
    status: { kind: 'enum', column: 'e.status', values: CYCLE_EVALUATION_STATUSES },
    requestedById: { kind: 'uuid', column: 'e.requested_by_id' },
  },
  sorts: { createdAt: 'e.created_at', period: 'e.period', cycleId: 'e.cycle_id' },
  defaultSort: ['createdAt', 'DESC'],
  tieBreaker: 'e.id',
});
