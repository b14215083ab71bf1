import { readFileSync } from 'node:fs';

/** Samples the resident memory of processes while a benchmark runs; reports each one's peak. */
export class MemorySampler {
  private readonly peaks = new Map<string, number>();
  private timer?: NodeJS.Timeout;

  constructor(private readonly processes: Record<string, number>) {}

  private static rssMiB(pid: number): number {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
    } catch {
      return 0;
    }
  }

  start(everyMs = 250): this {
    const sample = () => {
      for (const [name, pid] of Object.entries(this.processes)) {
        this.peaks.set(name, Math.max(this.peaks.get(name) ?? 0, MemorySampler.rssMiB(pid)));
      }
    };
    sample();
    this.timer = setInterval(sample, everyMs);
    return this;
  }

  /** The peaks so far, while sampling goes on. */
  soFar(): Record<string, number> {
    return Object.fromEntries(this.peaks);
  }

  stop(): Record<string, number> {
    clearInterval(this.timer);
    return Object.fromEntries(this.peaks);
  }
}
