import {
  AFFECTED_INTEREST_CODES,
  CONFIDENTIALITY_LEVELS,
  COOPERATION_STATUSES,
  EXISTING_LAW_CODES,
  FINDING_STATUSES,
  INCIDENT_SOURCE_CODES,
  INCIDENT_STATUSES,
  INFORMATION_REQUEST_STATUSES,
  INVESTIGATION_STATUSES,
  MINISTRY_CODES,
  ORGANISATION_SIZE_CODES,
  ORGANISATION_TYPE_CODES,
  RECOMMENDED_ACTION_CODES,
  RISK_CATEGORY_CODES,
  RISK_LEVELS,
  SECTOR_CODES,
  SEVERITIES,
} from '@tracker/contracts';
import { defineListSpec } from '@tracker/database';

const TODAY_IN_JAPAN = `(now() AT TIME ZONE 'Asia/Tokyo')::date`;
const rank = (column: string, scale: readonly string[]) =>
  `array_position(ARRAY[${scale.map((s) => `'${s}'`).join(',')}], ${column})`;

export const organisationList = defineListSpec({
  resource: 'organisations',
  alias: 'o',
  filters: {
    id: { kind: 'uuid', column: 'o.id' },
    q: { kind: 'text', columns: ['o.name_ja', 'o.name_en'] },
    type: { kind: 'enum', column: 'o.type', values: ORGANISATION_TYPE_CODES },
    sector: { kind: 'enum', column: 'o.sector', values: SECTOR_CODES },
    size: { kind: 'enum', column: 'o.size', values: ORGANISATION_SIZE_CODES },
    domestic: { kind: 'boolean', column: 'o.domestic' },
    country: { kind: 'string', column: 'o.country', maxLength: 2 },
    hasOpenRequests: {
      kind: 'condition',
      whenTrue: `EXISTS (SELECT 1 FROM information_request r WHERE r.organisation_id = o.id AND r.status = 'open')`,
      whenFalse: `NOT EXISTS (SELECT 1 FROM information_request r WHERE r.organisation_id = o.id AND r.status = 'open')`,
    },
  },
  sorts: {
    nameJa: 'o.name_ja',
    nameEn: 'o.name_en',
    type: 'o.type',
    sector: 'o.sector',
    createdAt: 'o.created_at',
  },
  defaultSort: ['nameEn', 'ASC'],
  tieBreaker: 'o.id',
});

/**
 * `q` searches titles and summaries in both languages (ILIKE, served by trigram indexes, so
 * Japanese substrings such as 深層偽造 match). `organisationId` filters on a confidential field:
 * the service refuses it to users without clearance.
 */
export const incidentList = defineListSpec({
  resource: 'incidents',
  alias: 'i',
  filters: {
    id: { kind: 'uuid', column: 'i.id' },
    q: { kind: 'text', columns: ['i.title_ja', 'i.title_en', 'i.summary_ja', 'i.summary_en'] },
    reference: { kind: 'string', column: 'i.reference', maxLength: 30 },
    status: { kind: 'enum', column: 'i.status', values: INCIDENT_STATUSES },
    source: { kind: 'enum', column: 'i.source', values: INCIDENT_SOURCE_CODES },
    sector: { kind: 'enum', column: 'i.sector', values: SECTOR_CODES },
    severity: { kind: 'enum', column: 'i.severity', values: SEVERITIES },
    confidentiality: { kind: 'enum', column: 'i.confidentiality', values: CONFIDENTIALITY_LEVELS },
    riskCategory: { kind: 'enumArray', column: 'i.risk_categories', values: RISK_CATEGORY_CODES },
    affectedInterest: {
      kind: 'enumArray',
      column: 'i.affected_interests',
      values: AFFECTED_INTEREST_CODES,
    },
    applicableLaw: { kind: 'enumArray', column: 'i.applicable_laws', values: EXISTING_LAW_CODES },
    advancedAi: { kind: 'boolean', column: 'i.advanced_ai' },
    openWeight: { kind: 'boolean', column: 'i.open_weight' },
    organisationId: { kind: 'uuidArray', column: 'i.organisation_ids' },
    duplicateOfId: { kind: 'uuid', column: 'i.duplicate_of_id' },
    occurredFrom: { kind: 'dateFrom', column: 'i.occurred_date' },
    occurredTo: { kind: 'dateTo', column: 'i.occurred_date' },
    reportedFrom: { kind: 'dateFrom', column: 'i.reported_date' },
    reportedTo: { kind: 'dateTo', column: 'i.reported_date' },
  },
  sorts: {
    reference: 'i.sequence',
    occurredDate: 'i.occurred_date',
    reportedDate: 'i.reported_date',
    severity: rank('i.severity', SEVERITIES),
    status: 'i.status',
    peopleAffected: 'i.people_affected',
    createdAt: 'i.created_at',
    updatedAt: 'i.updated_at',
  },
  defaultSort: ['reportedDate', 'DESC'],
  tieBreaker: 'i.id',
});

export const investigationList = defineListSpec({
  resource: 'investigations',
  alias: 'v',
  filters: {
    id: { kind: 'uuid', column: 'v.id' },
    q: { kind: 'text', columns: ['v.title_ja', 'v.title_en', 'v.scope'] },
    status: { kind: 'enum', column: 'v.status', values: INVESTIGATION_STATUSES },
    leadAnalystId: { kind: 'uuid', column: 'v.lead_analyst_id' },
    incidentId: { kind: 'uuidArray', column: 'v.incident_ids' },
    createdFrom: { kind: 'dateFrom', column: 'v.created_at' },
    createdTo: { kind: 'dateTo', column: 'v.created_at' },
  },
  sorts: { createdAt: 'v.created_at', updatedAt: 'v.updated_at', status: 'v.status' },
  defaultSort: ['createdAt', 'DESC'],
  tieBreaker: 'v.id',
});

export const informationRequestList = defineListSpec({
  resource: 'information-requests',
  alias: 'r',
  filters: {
    id: { kind: 'uuid', column: 'r.id' },
    q: { kind: 'text', columns: ['r.subject', 'r.questions'] },
    investigationId: { kind: 'uuid', column: 'r.investigation_id' },
    organisationId: { kind: 'uuid', column: 'r.organisation_id' },
    status: { kind: 'enum', column: 'r.status', values: INFORMATION_REQUEST_STATUSES },
    cooperationStatus: {
      kind: 'enum',
      column: 'r.cooperation_status',
      values: COOPERATION_STATUSES,
    },
    voluntary: { kind: 'boolean', column: 'r.voluntary' },
    responseTradeSecret: { kind: 'boolean', column: 'r.response_trade_secret' },
    overdue: {
      kind: 'condition',
      whenTrue: `(r.status = 'open' AND r.due_date < ${TODAY_IN_JAPAN})`,
      whenFalse: `NOT (r.status = 'open' AND r.due_date < ${TODAY_IN_JAPAN})`,
    },
    requestFrom: { kind: 'dateFrom', column: 'r.request_date' },
    requestTo: { kind: 'dateTo', column: 'r.request_date' },
    dueFrom: { kind: 'dateFrom', column: 'r.due_date' },
    dueTo: { kind: 'dateTo', column: 'r.due_date' },
  },
  sorts: {
    requestDate: 'r.request_date',
    dueDate: 'r.due_date',
    status: 'r.status',
    cooperationStatus: 'r.cooperation_status',
    createdAt: 'r.created_at',
  },
  defaultSort: ['dueDate', 'ASC'],
  tieBreaker: 'r.id',
});

export const findingList = defineListSpec({
  resource: 'findings',
  alias: 'f',
  filters: {
    id: { kind: 'uuid', column: 'f.id' },
    q: { kind: 'text', columns: ['f.statement_ja', 'f.statement_en'] },
    investigationId: { kind: 'uuid', column: 'f.investigation_id' },
    status: { kind: 'enum', column: 'f.status', values: FINDING_STATUSES },
    riskLevel: { kind: 'enum', column: 'f.risk_level', values: RISK_LEVELS },
    recommendedAction: {
      kind: 'enum',
      column: 'f.recommended_action',
      values: RECOMMENDED_ACTION_CODES,
    },
    referralMinistry: { kind: 'enum', column: 'f.referral_ministry', values: MINISTRY_CODES },
  },
  sorts: {
    createdAt: 'f.created_at',
    updatedAt: 'f.updated_at',
    riskLevel: rank('f.risk_level', RISK_LEVELS),
    status: 'f.status',
  },
  defaultSort: ['createdAt', 'DESC'],
  tieBreaker: 'f.id',
});
