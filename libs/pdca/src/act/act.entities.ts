import { Amendment } from './amendment.entity';
import { CycleEvaluation } from './cycle-evaluation.entity';
import { Cycle } from './cycle.entity';
import { Guidance } from './guidance.entity';

export const ACT_ENTITIES = [Guidance, Amendment, Cycle, CycleEvaluation];
