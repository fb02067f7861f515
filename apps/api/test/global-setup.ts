import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedDatabase } from '../src/database/embedded-database';
import { freePort } from './utils/free-port';

/** One embedded PostgreSQL cluster and one fresh database per run; every spec file shares it. */
export default async function globalSetup(): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'renkei-integration-'));
  chmodSync(directory, 0o755); // the cluster runs as the `postgres` user when we are root
  const port = await freePort();
  const database = await startEmbeddedDatabase({
    directory: join(directory, 'cluster'),
    port,
    databaseName: `renkei_test_${process.pid}`,
  });
  const client = new Client({ connectionString: database.url });
  await client.connect();
  const { rows } = await client.query<{ version: string }>('SELECT version()');
  await client.end();
  console.log(
    `\nIntegration tests run against ${rows[0]?.version.split(' on ')[0]} (embedded) at 127.0.0.1:${port}, database renkei_test_${process.pid}\n`,
  );

  process.env['DATABASE_URL'] = database.url;
  process.env['REFERENCE_DATA_DIR'] = resolve(__dirname, '../../../data/reference-data');
  process.env['TZ'] = 'UTC';
  Object.assign(globalThis, { renkeiTestDatabase: { database, directory } });
}
