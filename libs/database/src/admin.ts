import { Client } from 'pg';

function split(url: string): { server: string; database: string } {
  const u = new URL(url);
  const database = decodeURIComponent(u.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_-]+$/.test(database)) throw new Error(`Unsupported database name: ${database}`);
  u.pathname = '/postgres';
  return { server: u.toString(), database };
}

async function withServer<T>(url: string, work: (client: Client, db: string) => Promise<T>) {
  const { server, database } = split(url);
  const client = new Client({ connectionString: server });
  await client.connect();
  try {
    return await work(client, database);
  } finally {
    await client.end();
  }
}

/** Creates the database named in `url` if it does not exist yet; returns whether it did. */
export function createDatabaseIfMissing(url: string, template?: string): Promise<boolean> {
  return withServer(url, async (client, db) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [db]);
    if (found.rowCount) return false;
    const from = template ? ` TEMPLATE "${template}"` : '';
    await client.query(`CREATE DATABASE "${db}"${from} ENCODING 'UTF8'`);
    return true;
  });
}

export function dropDatabase(url: string): Promise<void> {
  return withServer(url, async (client, db) => {
    await client.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
  });
}

/** `url` with its database name replaced. */
export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
