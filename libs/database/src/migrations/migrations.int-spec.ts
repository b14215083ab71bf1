import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createDatabaseIfMissing, dropDatabase, withDatabaseName } from '../admin';
import { dataSourceOptions } from '../data-source-options';
import { MIGRATIONS } from './index';

/** Every migration must apply to an empty database, revert completely, and apply again. */
describe('migrations', () => {
  const url = withDatabaseName(
    process.env.TEST_DATABASE_SERVER as string,
    `tracker_test_${process.env.TEST_RUN_ID}_mig_${randomUUID().slice(0, 8)}`,
  );
  let dataSource: DataSource;

  beforeAll(async () => {
    await createDatabaseIfMissing(url);
    dataSource = await new DataSource(dataSourceOptions(url, [], { poolSize: 2 })).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await dropDatabase(url);
  });

  const tables = async () =>
    (
      await dataSource.query<{ name: string }[]>(
        `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
      )
    ).map((t) => t.name);

  it('are listed in timestamp order, each once', () => {
    const stamps = MIGRATIONS.map((m) => Number(/(\d{13})$/.exec(m.name)?.[1]));
    expect(stamps.every(Number.isFinite)).toBe(true);
    expect([...stamps].sort((a, b) => a - b)).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
  });

  it('apply, revert to an empty schema, and apply again', async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(MIGRATIONS.length);
    const schema = await tables();
    expect(schema).toEqual(expect.arrayContaining(['audit_event', 'plan_version', 'app_user']));

    for (let i = 0; i < MIGRATIONS.length; i++) {
      await dataSource.undoLastMigration({ transaction: 'each' });
    }
    expect(await tables()).toEqual(['schema_migration']);
    const [{ functions }] = await dataSource.query(
      `SELECT count(*)::int AS functions FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'`,
    );
    expect(functions).toBe(0);

    await dataSource.runMigrations({ transaction: 'each' });
    expect(await tables()).toEqual(schema);
  });
});
