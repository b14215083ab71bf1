import { isRedacted } from './redaction';

describe('isRedacted', () => {
  it('is true only for a field the API names in redactedFields', () => {
    const record = { businessStatement: null, redactedFields: ['businessStatement'] };
    expect(isRedacted(record, 'businessStatement')).toBe(true);
    expect(isRedacted(record, 'summaryJa')).toBe(false);
  });

  it('tells an empty value from a withheld one', () => {
    expect(isRedacted({ businessStatement: null, redactedFields: [] }, 'businessStatement')).toBe(
      false,
    );
    expect(isRedacted({ businessStatement: null }, 'businessStatement')).toBe(false);
    expect(isRedacted(undefined, 'businessStatement')).toBe(false);
  });
});
