import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

/** What the figures were measured on, printed above them. */
export function describeMachine(databaseUrl: string): string[] {
  const cpu = cpus();
  const psql = (sql: string) =>
    execFileSync('psql', [databaseUrl, '-Atc', sql], { encoding: 'utf8' }).trim();
  const redis = (() => {
    try {
      return execFileSync('redis-server', ['--version'], { encoding: 'utf8' }).split(' ')[2];
    } catch {
      return 'unknown';
    }
  })();
  return [
    `CPU: ${cpu.length} × ${cpu[0]?.model ?? 'unknown'}`,
    `Memory: ${Math.round(totalmem() / 2 ** 30)} GiB`,
    `Node.js ${process.version}; ${psql('SHOW server_version').split(' ')[0]} PostgreSQL (shared_buffers ${psql('SHOW shared_buffers')}, max_connections ${psql('SHOW max_connections')}); Redis ${redis}`,
    'The load generator, the API, the worker, PostgreSQL and Redis share this one machine.',
  ];
}
