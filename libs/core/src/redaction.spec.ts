import { redactEvent, redactRecord, type ConfidentialRegistry } from './redaction';

const registry: ConfidentialRegistry = {
  incident: [{ fields: ['organisationIds', 'businessStatement'] }],
  information_request: [{ fields: ['responseText'], when: (r) => r.responseTradeSecret === true }],
};
const internal = { clearance: 'internal' as const };
const confidential = { clearance: 'confidential' as const };

describe('redaction', () => {
  it('nulls and names confidential fields for readers without clearance, even when empty', () => {
    const incident = { id: '1', titleEn: 'Leak', organisationIds: ['o'], businessStatement: null };
    expect(redactRecord(registry, 'incident', incident, internal)).toEqual({
      id: '1',
      titleEn: 'Leak',
      organisationIds: null,
      businessStatement: null,
      redactedFields: ['organisationIds', 'businessStatement'],
    });
    expect(redactRecord(registry, 'incident', incident, confidential)).toEqual({
      ...incident,
      redactedFields: [],
    });
    expect(redactRecord(registry, 'plan_version', { id: '2' }, internal).redactedFields).toEqual(
      [],
    );
  });

  it('applies conditional rules only where they hold', () => {
    const open = { responseText: 'public answer', responseTradeSecret: false };
    const secret = { responseText: 'recipe', responseTradeSecret: true };
    expect(redactRecord(registry, 'information_request', open, internal).responseText).toBe(
      'public answer',
    );
    expect(redactRecord(registry, 'information_request', secret, internal)).toMatchObject({
      responseText: null,
      redactedFields: ['responseText'],
    });
  });

  it('redacts both halves of an audit event and names only the fields it holds', () => {
    const event = {
      entityType: 'incident',
      before: { businessStatement: 'old', severity: 'low' },
      after: { businessStatement: 'new', severity: 'high' },
    };
    expect(redactEvent(registry, event, internal)).toEqual({
      entityType: 'incident',
      before: { businessStatement: null, severity: 'low' },
      after: { businessStatement: null, severity: 'high' },
      redactedFields: ['businessStatement'],
    });
    expect(redactEvent(registry, event, confidential).after.businessStatement).toBe('new');
  });

  it('hides a trade secret in history when the record is one now, or the event says so', () => {
    const answer = {
      entityType: 'information_request',
      before: null,
      after: { responseText: 'x' },
    };
    const nowSecret = { responseTradeSecret: true };
    const notSecret = { responseTradeSecret: false };
    expect(redactEvent(registry, answer, internal, nowSecret).after?.responseText).toBeNull();
    expect(redactEvent(registry, answer, internal, notSecret).after?.responseText).toBe('x');
    const flagged = { ...answer, after: { responseText: 'x', responseTradeSecret: true } };
    expect(redactEvent(registry, flagged, internal, notSecret).after?.responseText).toBeNull();
    // Across the whole trail the current state is unknown: withhold.
    expect(redactEvent(registry, answer, internal).after?.responseText).toBeNull();
  });
});
