import type { RedactionMarker } from '@tracker/contracts';
import {
  ForbiddenError,
  hiddenFields,
  mayReadConfidential,
  redactEvent,
  redactRecord,
  type Actor,
  type ChangeEvent,
  type ConfidentialRegistry,
} from '@tracker/core';

/**
 * Every confidential field of every record type, in one place. Each read path (lists, details,
 * exports, history, timelines, the audit trail) passes records through `Redactor`, which
 * consults only this table; a new confidential field is one line here (docs/adr/0006).
 */
export const CONFIDENTIAL_FIELDS: ConfidentialRegistry = {
  incident: [{ fields: ['organisationIds', 'businessStatement'] }],
  information_request: [
    { fields: ['responseText'], when: (request) => request.responseTradeSecret === true },
  ],
};

/** What one reader may see. */
export class Redactor {
  constructor(private readonly viewer: Pick<Actor, 'clearance'>) {}

  get cleared(): boolean {
    return mayReadConfidential(this.viewer);
  }

  record<T extends object>(entityType: string, record: T): T & RedactionMarker {
    return redactRecord(CONFIDENTIAL_FIELDS, entityType, record, this.viewer);
  }

  /** `current`: the record's present state, when known (see redactEvent). */
  event<E extends ChangeEvent>(event: E, current?: object | null): E & RedactionMarker {
    return redactEvent(CONFIDENTIAL_FIELDS, event, this.viewer, current);
  }

  /**
   * A user who may not read a confidential field may not write it either: they would overwrite
   * a value they cannot see.
   */
  assertMayWrite(entityType: string, changes: object): void {
    const hidden = hiddenFields(CONFIDENTIAL_FIELDS, entityType, changes, this.viewer).filter(
      (field) => (changes as Record<string, unknown>)[field] !== undefined,
    );
    if (hidden.length) {
      throw new ForbiddenError(
        `Only users with confidential clearance may write ${hidden.join(', ')}`,
        'clearance_required',
      );
    }
  }
}
