import { InvalidTransitionError } from './errors';
import { defineStateMachine } from './state-machine';

const door = defineStateMachine('door', {
  open: { from: ['closed'], to: 'open' },
  close: { from: ['open'], to: 'closed' },
  lock: { from: ['closed'], to: 'locked' },
  slam: { from: ['open'], to: 'closed', internal: true },
} as const);

describe('defineStateMachine', () => {
  it('returns the target state of an allowed move', () => {
    expect(door.next('closed', 'open')).toBe('open');
    expect(door.next('closed', 'lock')).toBe('locked');
  });

  it('refuses a move from the wrong state and names the allowed moves', () => {
    let error: unknown;
    try {
      door.next('open', 'lock');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidTransitionError);
    expect((error as InvalidTransitionError).message).toBe(
      'Cannot lock a door that is open; allowed from open: close',
    );
    expect((error as InvalidTransitionError).extra).toEqual({
      currentStatus: 'open',
      action: 'lock',
      allowedActions: ['close'],
    });
  });

  it('lists the allowed actions of a state, none for a terminal one', () => {
    expect(door.allowed('closed')).toEqual(['open', 'lock']);
    expect(door.allowed('locked' as 'closed')).toEqual([]);
    expect(door.can('open', 'close')).toBe(true);
    expect(door.can('open', 'open')).toBe(false);
  });

  it('performs internal moves but never offers them', () => {
    expect(door.next('open', 'slam')).toBe('closed');
    expect(door.allowed('open')).toEqual(['close']);
  });
});
