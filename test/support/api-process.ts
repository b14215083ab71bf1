import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from './postgres-cluster';

const ROOT = join(__dirname, '..', '..');
let built = false;

/**
 * The API as production runs it: the built JavaScript in its own process, its stdout captured
 * line by line.
 */
export class ApiProcess {
  readonly lines: string[] = [];

  private constructor(
    private readonly child: ChildProcess,
    readonly baseUrl: string,
  ) {}

  static async start(env: Record<string, string>): Promise<ApiProcess> {
    if (!built) {
      execFileSync('node', ['scripts/build.mjs'], { cwd: ROOT, stdio: 'pipe' });
      built = true;
    }
    const port = await freePort();
    const child = spawn('node', ['dist/apps/api/src/main.js'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        AUDIT_SEAL_INTERVAL_MS: '0',
        ...env,
        PORT: String(port),
        HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const api = new ApiProcess(child, `http://127.0.0.1:${port}/api/v1`);
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      api.lines.push(...parts.filter(Boolean));
    });
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const live = await fetch(`${api.baseUrl}/health/live`).catch(() => null);
      if (live?.ok) return api;
      if (child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    child.kill('SIGKILL');
    throw new Error(`the API process did not start:\n${api.lines.join('\n')}`);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}
