import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { repositoryRoot } from './api-process';

/** A real worker process (`node dist/apps/worker/src/main.js`), to kill and to stop. */
export class WorkerProcess {
  output = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(private readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk) => (this.output += chunk));
    child.stderr?.on('data', (chunk) => (this.output += chunk));
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
  }

  static async start(buildDir: string, env: Record<string, string>): Promise<WorkerProcess> {
    const child = spawn('node', [join(buildDir, 'apps/worker/src/main.js')], {
      cwd: repositoryRoot(),
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const worker = new WorkerProcess(child);
    const deadline = Date.now() + 15_000;
    while (!/ready/.test(worker.output)) {
      if (child.exitCode !== null || Date.now() > deadline) {
        throw new Error(`worker did not start: ${worker.output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return worker;
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  /** The same process is still running. */
  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  kill(signal: NodeJS.Signals) {
    this.child.kill(signal);
  }

  /** Ends the process if it still runs (cleanup). */
  async stop() {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill('SIGKILL');
      await this.exited;
    }
  }
}
