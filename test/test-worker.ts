import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '@tracker/core';
import { JobQueues } from '@tracker/queue';
import { WorkerModule } from '../apps/worker/src/worker.module';

/** A worker in the test process, on the test's database and queue prefix. */
export class TestWorker {
  private constructor(readonly context: INestApplicationContext) {}

  static async start(config: AppConfig): Promise<TestWorker> {
    const context = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
      logger: false,
    });
    return new TestWorker(context);
  }

  get queues(): JobQueues {
    return this.context.get(JobQueues);
  }

  stop(): Promise<void> {
    return this.context.close();
  }
}

/** Polls `check` until it returns a truthy value (or throws after `timeoutMs`). */
export async function waitFor<T>(
  check: () => Promise<T>,
  what: string,
  timeoutMs = 15_000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
