import type { ActMessages } from './act-messages';
import type { DomainMessages } from './domain-messages';

/** A language's whole catalogue: the core texts and each stage module's (act-messages.ts). */
export type ConsoleMessages = DomainMessages & ActMessages;
