import { BadRequestError } from '@tracker/core';
import {
  GUIDANCE_REFERENCE_PATTERN,
  checkGuidanceShape,
  formatGuidanceReference,
} from './guidance.rules';

describe('guidance reference numbers', () => {
  it('pads to four digits and grows beyond them', () => {
    expect(formatGuidanceReference(2026, 7)).toBe('AIG-2026-0007');
    expect(formatGuidanceReference(2026, 12345)).toBe('AIG-2026-12345');
    expect(GUIDANCE_REFERENCE_PATTERN.test('AIG-2026-0007')).toBe(true);
    expect(GUIDANCE_REFERENCE_PATTERN.test('AIG-2026-007')).toBe(false);
    expect(GUIDANCE_REFERENCE_PATTERN.test('INC-2026-00007')).toBe(false);
  });
});

describe('guidance addressees and findings', () => {
  const fields = (fn: () => void) => {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(BadRequestError);
      return (e as BadRequestError).details.map((d) => d.field);
    }
    return [];
  };

  it('needs addressees and findings for guidance and advice', () => {
    expect(fields(() => checkGuidanceShape({ kind: 'advice' }))).toEqual([
      'addresseeOrganisationIds',
      'findingIds',
    ]);
    expect(
      fields(() =>
        checkGuidanceShape({ kind: 'guidance', addresseeSector: 'finance', findingIds: ['f'] }),
      ),
    ).toEqual([]);
  });

  it('lets information and public notices address everyone, without findings', () => {
    expect(fields(() => checkGuidanceShape({ kind: 'public_notice' }))).toEqual([]);
    expect(fields(() => checkGuidanceShape({ kind: 'information_provision' }))).toEqual([]);
  });

  it('refuses named organisations and a sector at once', () => {
    expect(
      fields(() =>
        checkGuidanceShape({
          kind: 'information_provision',
          addresseeOrganisationIds: ['o'],
          addresseeSector: 'media',
        }),
      ),
    ).toEqual(['addresseeSector']);
  });
});
