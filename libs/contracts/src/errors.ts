/**
 * The rules a field can break (class-validator's constraint names, `unknownField` for a field
 * the endpoint does not take, and the stages' cross-field rules): the console explains each in
 * the user's language.
 */
export const VALIDATION_RULES = [
  'arrayMaxSize',
  'arrayMinSize',
  'arrayUnique',
  'isArray',
  'isBoolean',
  'isDateNotFuture',
  'isDateOnly',
  'isEmail',
  'isIn',
  'isInt',
  'isLength',
  'isNumber',
  'isObject',
  'isString',
  'isUuid',
  'matches',
  'max',
  'maxLength',
  'min',
  'nestedValidation',
  'unknownField',
  // Rules of the stages, across fields: a date before the one it follows, a text in neither language.
  'notBefore',
  'oneLanguage',
] as const;
export type ValidationRule = (typeof VALIDATION_RULES)[number];

/**
 * A field-level problem: `field` is a dotted path such as `kpis.0.target`; `message` is English;
 * `rule` names the rule broken and `args` its limits (`min`, `max`, `values`, `date`), so a client can say
 * it in its own words.
 */
export interface FieldDetail {
  field: string;
  message: string;
  rule?: string;
  args?: Record<string, string | number>;
}

/** The one error shape every endpoint answers with. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  /** Machine-readable reason, e.g. `validation_failed`, `invalid_transition`, `stale_version`. */
  code: string;
  message: string;
  /** Field-level messages for validation errors. */
  details?: FieldDetail[];
  requestId?: string;
  [extra: string]: unknown;
}
