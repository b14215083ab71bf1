import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, createConnection, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A free TCP port on 127.0.0.1 (asked of the kernel, then released). */
export async function sparePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const answers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });

/**
 * A redis-server of the test's own on a spare port, so that stopping it disturbs no one else.
 * Without persistence: what matters is that the product loses nothing when Redis does.
 */
export class RedisServer {
  private process?: ChildProcess;

  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  static async start(): Promise<RedisServer> {
    const server = new RedisServer(
      await sparePort(),
      await mkdtemp(join(tmpdir(), 'tracker-redis-')),
    );
    await server.resume();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts (again) on the same port. */
  async resume(): Promise<void> {
    this.process = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { cwd: this.dir, stdio: 'ignore' },
    );
    for (let i = 0; i < 100 && !(await answers(this.port)); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (!(await answers(this.port))) throw new Error(`redis-server on ${this.port} did not start`);
  }

  /** Stops the server (its data is gone). */
  async halt(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.process = undefined;
  }

  /** Freezes the server (SIGSTOP): connections stay open and go unanswered. */
  pause() {
    this.process?.kill('SIGSTOP');
  }

  /** Lets a paused server run on (SIGCONT). */
  unpause() {
    this.process?.kill('SIGCONT');
  }

  async stop(): Promise<void> {
    this.unpause();
    await this.halt();
    await rm(this.dir, { recursive: true, force: true });
  }
}
