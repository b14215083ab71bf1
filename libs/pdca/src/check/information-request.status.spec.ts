import { ConflictError, InvalidTransitionError } from '@tracker/core';
import { assertRequestEditable, informationRequestStatus } from './information-request.status';

describe('information request life cycle', () => {
  it('is answered or closed, once', () => {
    expect(informationRequestStatus.next('open', 'respond')).toBe('answered');
    expect(informationRequestStatus.next('open', 'close')).toBe('closed');
    expect(() => informationRequestStatus.next('answered', 'close')).toThrow(
      InvalidTransitionError,
    );
    expect(() => informationRequestStatus.next('closed', 'respond')).toThrow(
      InvalidTransitionError,
    );
    expect(informationRequestStatus.allowed('open')).toEqual(['respond', 'close']);
    expect(informationRequestStatus.allowed('answered')).toEqual([]);
  });

  it('can be edited only while open', () => {
    expect(() => assertRequestEditable('open')).not.toThrow();
    expect(() => assertRequestEditable('answered')).toThrow(ConflictError);
    expect(() => assertRequestEditable('closed')).toThrow(ConflictError);
  });
});
