import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@tracker/core';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

/**
 * Runs until SIGTERM/SIGINT, then stops taking jobs, lets the running ones finish and exits.
 * Any number of workers may run side by side on the same queues.
 */
async function main() {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  process.stdout.write(`worker ${process.pid} ready (queue prefix ${config.queue.prefix})\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`worker failed to start: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
