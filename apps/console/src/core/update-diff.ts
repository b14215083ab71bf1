import type { RaRecord } from 'ra-core';

const same = (a: unknown, b: unknown) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null) ||
  // An emptied optional text input reads as '' or null depending on the input; both mean "none".
  ((a === '' || a == null) && (b === '' || b == null));

/**
 * The body of an update: only the fields the form changed, plus the `version` that was read.
 * The API refuses unknown and read-only fields (id, status, timestamps, `actions` ...), and a
 * body of changes makes the audit trail say exactly what the user did.
 */
export function updateBody(
  data: Record<string, unknown>,
  previous: RaRecord & { version?: number },
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(data)) {
    if (field === 'id' || field === 'version') continue;
    if (!same(value, previous[field])) body[field] = value === '' ? null : value;
  }
  return { ...body, version: previous.version };
}
