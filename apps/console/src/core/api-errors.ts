import { VALIDATION_RULES, type ApiErrorBody, type FieldDetail } from '@tracker/contracts';
import { HttpError } from 'ra-core';

/** Error codes the console explains in the user's language (tracker.errors.<code>). */
export const EXPLAINED_ERROR_CODES = [
  'invalid_credentials',
  'too_many_requests',
  'invalid_refresh_token',
  'session_revoked',
  'invalid_token',
  'forbidden',
  'stale_version',
  'invalid_transition',
  'read_only',
  'validation_failed',
  'plan_without_objectives',
  'stale_base',
  'not_in_force',
  'amendment_open',
  'duplicate',
  'in_use',
  'reference_not_found',
  'self_lockout',
  'email_taken',
  'already_disabled',
  'not_disabled',
  'database_unavailable',
  'network_error',
] as const;
export type ExplainedErrorCode = (typeof EXPLAINED_ERROR_CODES)[number];

/** Codes of the Act stage and the review inbox, explained in i18n/act-messages.ts. */
export const ACT_ERROR_CODES = [
  'own_work',
  'not_assignee',
  'claimed_by_other',
  'not_issued',
  'plan_draft_open',
] as const;
export type ActErrorCode = (typeof ACT_ERROR_CODES)[number];

/** Codes of the Do and Check stages, explained in i18n/do-check-messages.ts. */
export const DO_CHECK_ERROR_CODES = [
  'clearance_required',
  'outside_ministry',
  'burden_justification_required',
  'incident_not_investigable',
  'incident_removal',
  'duplicate_of_itself',
  'duplicate_of_duplicate',
  'investigation_concluded',
  'not_an_analyst',
  'no_findings',
  'not_concludable',
  'not_deletable',
  'not_reportable',
  'milestones_open',
  'mixed_plan_versions',
  'kpi_not_served',
  'period_not_begun',
  'period_before_start',
  'report_exists',
] as const;
export type DoCheckErrorCode = (typeof DO_CHECK_ERROR_CODES)[number];

const explained = new Set<string>([
  ...EXPLAINED_ERROR_CODES,
  ...ACT_ERROR_CODES,
  ...DO_CHECK_ERROR_CODES,
]);

/** The translation key for an API error code, or null when the server's own message must do. */
export function errorMessageKey(code: string | undefined): string | null {
  return code && explained.has(code) ? `tracker.errors.${code}` : null;
}

export function isApiErrorBody(body: unknown): body is ApiErrorBody {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as ApiErrorBody).statusCode === 'number' &&
    typeof (body as ApiErrorBody).code === 'string'
  );
}

/** A translation function like the i18n provider's (`_` is the text when the key is missing). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A field-level problem in the user's words where its rule is known, else the API's English. */
export function fieldMessage(detail: FieldDetail, translate?: Translate): string {
  if (!translate || !detail.rule || !(VALIDATION_RULES as readonly string[]).includes(detail.rule))
    return detail.message;
  return translate(`tracker.validation.rules.${detail.rule}`, {
    ...detail.args,
    _: detail.message,
  });
}

/**
 * Turns an API error answer into the HttpError react-admin understands: the message is a
 * translation key where we have one (react-admin's notifications translate it, falling back to
 * the text), and field details become `body.errors`, which react-admin's forms show under the
 * inputs they concern, in the user's language when `translate` is given.
 */
export function toHttpError(
  status: number,
  statusText: string,
  body: unknown,
  translate?: Translate,
): HttpError {
  if (!isApiErrorBody(body)) return new HttpError(statusText || `HTTP ${status}`, status, body);
  const message = errorMessageKey(body.code) ?? body.message;
  const errors: Record<string, unknown> = {};
  for (const detail of body.details ?? []) {
    const text = fieldMessage(detail, translate);
    errors[detail.field] = errors[detail.field]
      ? `${errors[detail.field] as string}; ${text}`
      : text;
  }
  if (body.details?.length) errors.root = { serverError: message };
  return new HttpError(message, status, body.details?.length ? { ...body, errors } : body);
}
