import type { BenchRow } from './report';

export interface BenchContext {
  /** The benchmark's own database (never the development one). */
  databaseUrl: string;
  /** Shorter runs for a quick look (`npm run bench -- --quick`). */
  quick: boolean;
  seconds: number;
  rows: BenchRow[];
  notes: string[];
  /** Peak resident memory per process name, across every section. */
  memory: Record<string, number>;
}

export type Section = (ctx: BenchContext) => Promise<void>;
