import { jobHandlerProblems } from './job-handlers';
import { JOBS, JOB_NAMES } from './job.registry';
import { redisOptions } from './redis-options';

describe('the job registry against its handlers', () => {
  const one = (name: string, where = `Jobs.${name}`) => ({ name, where });

  it('accepts exactly one handler per registered job', () => {
    expect(jobHandlerProblems(['a', 'b'], [one('a'), one('b')])).toEqual([]);
  });

  it('names a job without a handler, a job with two, and a handler of an unknown job', () => {
    expect(
      jobHandlerProblems(['a', 'b'], [one('a', 'X.a'), one('a', 'Y.a'), one('c', 'Z.c')]),
    ).toEqual([
      'job a has 2 handlers: X.a, Y.a',
      'job b has no handler',
      'Z.c handles c, which is not in the job registry',
    ]);
  });

  it('puts every job on a queue, and gives scans a cron pattern', () => {
    for (const name of JOB_NAMES) {
      expect(JOBS[name].attempts).toBeGreaterThan(0);
      if (name.startsWith('scan.')) expect(JOBS[name].cron).toMatch(/^\S+( \S+){4}$/);
    }
  });
});

describe('redis options', () => {
  it('fail fast for producers and retry for ever for workers', () => {
    const producer = redisOptions('redis://:s%40cret@cache.internal:6380/2', 'producer');
    expect(producer).toMatchObject({
      host: 'cache.internal',
      port: 6380,
      password: 's@cret',
      db: 2,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
    });
    expect(redisOptions('rediss://localhost', 'worker')).toMatchObject({
      port: 6379,
      tls: {},
      maxRetriesPerRequest: null,
    });
  });
});
