/**
 * Whether the API withheld `field` from this reader: records read without confidential
 * clearance carry the field as null and name it in `redactedFields` (libs/core redaction.ts).
 * A withheld value must read "redacted", never blank: blank would say there is nothing.
 */
export function isRedacted(record: Record<string, unknown> | null | undefined, field: string) {
  const redacted = record?.redactedFields;
  return Array.isArray(redacted) && redacted.includes(field);
}
