import { dropTestDatabases } from './drop-test-databases';

/** Drops the template and any test database a crashed test file left behind. */
export default async function globalTeardown() {
  const server = process.env.TEST_DATABASE_SERVER;
  if (!server) return;
  await dropTestDatabases(
    server,
    `tracker_test_${process.env.TEST_RUN_ID}_%`,
    process.env.TEST_TEMPLATE_DATABASE,
  );
}
