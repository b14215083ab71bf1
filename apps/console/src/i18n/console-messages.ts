import type { ActMessages } from './act-messages';
import type { DoCheckMessages } from './do-check-messages';
import type { DomainMessages } from './domain-messages';

/** A language's whole catalogue: the core texts and each stage module's (do-check, act). */
export type ConsoleMessages = DomainMessages & DoCheckMessages & ActMessages;
