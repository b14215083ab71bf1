import { Client } from 'pg';

/** Drops the template and any test database a crashed test file left behind. */
export default async function globalTeardown() {
  const server = process.env.TEST_DATABASE_SERVER;
  if (!server) return;
  const url = new URL(server);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`,
      [`tracker_test_${process.env.TEST_RUN_ID}_%`, process.env.TEST_TEMPLATE_DATABASE],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}
