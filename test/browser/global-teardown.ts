import { dropTestDatabases } from '../drop-test-databases';

/** Drops the seeded template and any database a crashed browser test left behind. */
export default async function globalTeardown() {
  const server = process.env.BROWSER_DATABASE_SERVER;
  if (!server) return;
  await dropTestDatabases(
    server,
    `tracker_browser_${process.env.BROWSER_RUN_ID}_%`,
    process.env.BROWSER_TEMPLATE_DATABASE,
  );
}
