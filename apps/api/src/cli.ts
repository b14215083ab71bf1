import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@tracker/core';
import { createDatabaseIfMissing } from '@tracker/database';
import { createDataSource } from './data-source';
import { SeedModule } from './seed/seed.module';
import { Seeder } from './seed/seeder';

const log = (message: string) => process.stdout.write(`${message}\n`);

async function migrate(url: string) {
  const dataSource = await createDataSource(url).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    log(
      applied.length ? `applied ${applied.map((m) => m.name).join(', ')}` : 'schema is up to date',
    );
  } finally {
    await dataSource.destroy();
  }
}

async function revert(url: string) {
  const dataSource = await createDataSource(url).initialize();
  try {
    await dataSource.undoLastMigration({ transaction: 'each' });
    log('reverted the last migration');
  } finally {
    await dataSource.destroy();
  }
}

async function seed() {
  const config = { ...loadConfig(), auditSealIntervalMs: 0 };
  const context = await NestFactory.createApplicationContext(SeedModule.forRoot(config), {
    logger: ['error', 'warn'],
  });
  try {
    await context.get(Seeder).run();
    log('demo data is loaded');
  } finally {
    await context.close();
  }
}

async function main(command: string | undefined) {
  const { databaseUrl } = loadConfig();
  switch (command) {
    case 'db:create':
      log((await createDatabaseIfMissing(databaseUrl)) ? 'database created' : 'database exists');
      return;
    case 'db:migrate':
      await createDatabaseIfMissing(databaseUrl);
      return migrate(databaseUrl);
    case 'db:revert':
      return revert(databaseUrl);
    case 'db:seed':
      return seed();
    case 'db:prepare':
      await createDatabaseIfMissing(databaseUrl);
      await migrate(databaseUrl);
      return seed();
    default:
      throw new Error(
        `unknown command ${command}; use db:create, db:migrate, db:revert, db:seed or db:prepare`,
      );
  }
}

main(process.argv[2]).catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
