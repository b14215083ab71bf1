import type {
  ActPrinciple,
  Clearance,
  EntityType,
  Ministry,
  Permission,
  PlanVersionMove,
  PlanVersionStatus,
  Role,
  ValidationRule,
} from '@tracker/contracts';
import type { ExplainedErrorCode } from '../core/api-errors';

import type { MoveTexts, ResourceTexts, Texts } from './catalogue';

export type { MoveTexts, ResourceTexts } from './catalogue';

export type PdcaStage = 'plan' | 'do' | 'check' | 'act';

/**
 * Everything the console says about the domain, in one catalogue per language (ja.ts, en.ts).
 * Enumerations are keyed by the values in @tracker/contracts, so a new status, role or
 * permission there fails the type-check here until both languages name it.
 */
export interface DomainMessages {
  ra: { auth: { username: string }; page: { dashboard: string } };
  resources: {
    'plan-versions': ResourceTexts<
      | 'number'
      | 'title'
      | 'titleJa'
      | 'titleEn'
      | 'summaryJa'
      | 'summaryEn'
      | 'status'
      | 'period'
      | 'fiscalYearFrom'
      | 'fiscalYearTo'
      | 'basedOnId'
      | 'hqProposalDate'
      | 'hqProposalReference'
      | 'cabinetDecisionDate'
      | 'cabinetDecisionNumber'
      | 'supersededAt'
      | 'supersededById'
      | 'withdrawalReason'
      | 'reason'
      | 'updatedAt'
      | 'createdAt'
      | 'q'
    >;
    'plan-objectives': ResourceTexts<
      | 'planVersionId'
      | 'code'
      | 'principle'
      | 'title'
      | 'titleJa'
      | 'titleEn'
      | 'descriptionJa'
      | 'descriptionEn'
      | 'position'
      | 'q'
    >;
    'plan-kpis': ResourceTexts<
      | 'planVersionId'
      | 'objectiveId'
      | 'code'
      | 'indicator'
      | 'indicatorJa'
      | 'indicatorEn'
      | 'baseline'
      | 'baselineDate'
      | 'target'
      | 'unit'
      | 'targetDate'
      | 'q'
    >;
    users: ResourceTexts<
      | 'email'
      | 'displayName'
      | 'ministry'
      | 'roles'
      | 'role'
      | 'clearance'
      | 'password'
      | 'state'
      | 'disabled'
      | 'disabledAt'
      | 'disabledReason'
      | 'lastLoginAt'
      | 'reason'
      | 'q'
    >;
    'audit-events': ResourceTexts<
      | 'id'
      | 'occurredAt'
      | 'actorLabel'
      | 'action'
      | 'entityType'
      | 'entityId'
      | 'before'
      | 'after'
      | 'requestId'
      | 'occurredFrom'
      | 'occurredTo'
    >;
  };
  tracker: {
    app: { title: string; short_title: string };
    menu: Texts<PdcaStage | 'admin' | 'dashboard' | 'review_inbox'>;
    stage: Record<PdcaStage, { title: string; subtitle: string }>;
    /** What the stages whose API is still being built will show. */
    upcoming: Record<Exclude<PdcaStage, 'plan'>, string>;
    dashboard: {
      welcome: string;
      plan_in_force: string;
      no_plan_in_force: string;
      open_amendment: string;
      no_open_amendment: string;
      objectives_kpis: string;
      open_plan: string;
    };
    review_inbox: { title: string; intro: string; upcoming: string };
    status: { plan_version: Texts<PlanVersionStatus>; user: Texts<'active' | 'disabled'> };
    move: {
      plan_version: Record<PlanVersionMove, MoveTexts>;
      user: Record<'disable' | 'enable' | 'reset-password', MoveTexts>;
    };
    principle: Texts<ActPrinciple>;
    role: Texts<Role>;
    permission: Texts<Permission>;
    clearance: Texts<Clearance>;
    entity: Texts<EntityType | 'auth'>;
    ministry: Texts<Ministry>;
    verb: Texts<
      | 'create'
      | 'update'
      | 'delete'
      | 'propose'
      | 'withdraw'
      | 'approve'
      | 'supersede'
      | 'amend'
      | 'disable'
      | 'enable'
      | 'reset_password'
      | 'login'
      | 'login_failed'
      | 'logout'
      | 'refresh'
      | 'refresh_reuse'
    >;
    plan: {
      tabs: Texts<'details' | 'content' | 'history' | 'compare'>;
      version_label: string;
      read_only: string;
      no_objectives: string;
      kpis_of: string;
    };
    compare: {
      with: string;
      pick: string;
      added: string;
      removed: string;
      changed: string;
      unchanged: string;
      objectives: string;
      kpis: string;
      no_changes: string;
      from: string;
      to: string;
    };
    history: {
      empty: string;
      field: string;
      before: string;
      after: string;
      by: string;
    };
    audit: {
      intact: string;
      intact_detail: string;
      broken: string;
      broken_detail: string;
      /** Broken without a first event to name: the chain head itself. */
      broken_seal: string;
      checking: string;
      unavailable: string;
      head_hash: string;
      verify_again: string;
      changes: string;
    };
    users: { active_only: string; disabled_only: string };
    help: {
      fiscal_year: string;
      plan_title: string;
      amend: string;
      approve_supersedes: string;
      kpi_values: string;
      objective_code: string;
      password_rules: string;
      clearance: string;
      audit_filters: string;
    };
    validation: { not_future: string; fiscal_years: string; rules: Texts<ValidationRule> };
    errors: Texts<ExplainedErrorCode>;
  };
}
