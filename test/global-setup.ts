// Runs once before the integration tests: creates a template database with every migration
// applied. Each test file clones it (CREATE DATABASE ... TEMPLATE), which is much faster than
// migrating a database per file. Relative imports: jest's path mapping does not apply here.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { DEFAULT_DATABASE_URL } from '../libs/core/src/config';
import { createDatabaseIfMissing, withDatabaseName } from '../libs/database/src/admin';
import { dataSourceOptions } from '../libs/database/src/data-source-options';

export default async function globalSetup() {
  const server = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const template = `tracker_test_tpl_${process.pid}`;
  const url = withDatabaseName(server, template);
  await createDatabaseIfMissing(url);
  const dataSource = new DataSource(dataSourceOptions(url, [], { poolSize: 1 }));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  process.env.TEST_DATABASE_SERVER = server;
  process.env.TEST_TEMPLATE_DATABASE = template;
  process.env.TEST_RUN_ID = String(process.pid);
}
