import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig } from '../src/config/app.config';
import { dataSourceOptions } from '../src/database/data-source';
import { RunningDatabase, startEmbeddedDatabase } from '../src/database/embedded-database';
import { withStartupLock } from '../src/database/schema-migrator';
import { EligibilitySeeder } from '../src/eligibility/eligibility.seeder';
import { ReferenceDataLoader } from '../src/reference-data/reference-data.loader';

/** The benchmarks' database: `DATABASE_URL` when set, else an embedded PostgreSQL in a temporary folder removed on stop. */
export async function benchDatabase(): Promise<RunningDatabase> {
  const fromEnv = process.env['DATABASE_URL'];
  if (fromEnv) return { url: fromEnv, stop: () => Promise.resolve() };
  const directory = mkdtempSync(join(tmpdir(), 'renkei-bench-'));
  chmodSync(directory, 0o755); // the cluster runs as the `postgres` user when we are root
  const running = await startEmbeddedDatabase({ directory: join(directory, 'cluster'), port: await freePort(), databaseName: 'renkei_bench' });
  return {
    url: running.url,
    stop: async () => {
      await running.stop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/**
 * Runs `bench` on the benchmarks' database with the schema migrated, the reference data loaded and the
 * eligibility seeds in, as the app starts; closes and removes everything afterwards, whatever happens.
 */
export async function withSeededBenchDatabase(bench: (dataSource: DataSource) => Promise<void>): Promise<void> {
  const { url, stop } = await benchDatabase();
  const dataSource = new DataSource(dataSourceOptions(url));
  try {
    await dataSource.initialize();
    await withStartupLock(dataSource, () => dataSource.runMigrations({ transaction: 'each' }));
    await new ReferenceDataLoader(dataSource, { referenceDataDir: resolve(__dirname, '../../../data/reference-data') } as AppConfig).load();
    await new EligibilitySeeder(dataSource).seed();
    await bench(dataSource);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await stop();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}
