import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunningDatabase, startEmbeddedDatabase } from '../src/database/embedded-database';

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
