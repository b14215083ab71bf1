import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { API_NODE_OPTIONS } from '../../libs/core/src/runtime';
import { freePort } from './postgres-cluster';

/** The repository root, whether this file runs from test/ (jest) or dist/ (the benchmark). */
export function repositoryRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'nest-cli.json'))) dir = dirname(dir);
  return dir;
}
const ROOT = repositoryRoot();
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
        NODE_OPTIONS: process.env.NODE_OPTIONS ?? API_NODE_OPTIONS,
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

  get pid(): number {
    return this.child.pid as number;
  }

  async request<T = any>(method: string, path: string, token?: string, body?: unknown) {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  }

  /** Signs in and returns the access token. */
  async login(
    email: string,
    password = process.env.DEMO_PASSWORD ?? 'demo-password-2025',
  ): Promise<string> {
    const response = await this.request<{ accessToken: string }>('POST', '/auth/login', undefined, {
      email,
      password,
    });
    if (response.status !== 200) throw new Error(`sign-in as ${email} failed: ${response.status}`);
    return response.body.accessToken;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}
