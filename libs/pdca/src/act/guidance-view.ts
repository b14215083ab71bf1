import { todayInJapan } from '@tracker/core';
import type { Guidance } from './guidance.entity';
import { guidanceActions } from './guidance.status';

export type GuidanceView = Guidance & { actions: string[]; followUpDue: boolean };

/** A version as the API shows it: its row, the moves allowed now, and whether follow-up is due. */
export function guidanceView(g: Guidance, today = todayInJapan()): GuidanceView {
  return {
    ...g,
    actions: guidanceActions(g.status, g.acknowledgedOn !== null),
    followUpDue:
      g.status === 'issued' &&
      g.followUpDate !== null &&
      g.followUpDate <= today &&
      g.followUpResult === null,
  };
}
