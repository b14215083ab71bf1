import 'reflect-metadata';
import { AuditEvent } from '@tracker/audit';
import { AUTH_ENTITIES } from '@tracker/auth';
import { loadConfig } from '@tracker/core';
import { dataSourceOptions } from '@tracker/database';
import { PDCA_ENTITIES } from '@tracker/pdca/entities';
import { DataSource } from 'typeorm';

/** Every entity of the product: what the schema is generated from and migrations run against. */
export const ALL_ENTITIES = [AuditEvent, ...AUTH_ENTITIES, ...PDCA_ENTITIES];

export function createDataSource(url = loadConfig().databaseUrl): DataSource {
  return new DataSource(
    dataSourceOptions(url, ALL_ENTITIES, { poolSize: 4, applicationName: 'tracker-cli' }),
  );
}

/** For the TypeORM CLI (`npm run migration:generate`). */
export default createDataSource();
