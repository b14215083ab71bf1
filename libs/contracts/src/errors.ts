/** The one error shape every endpoint answers with. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  /** Machine-readable reason, e.g. `validation_failed`, `invalid_transition`, `stale_version`. */
  code: string;
  message: string;
  /** Field-level messages for validation errors (`field` is a dotted path such as `kpis.0.target`). */
  details?: { field: string; message: string }[];
  requestId?: string;
  [extra: string]: unknown;
}
