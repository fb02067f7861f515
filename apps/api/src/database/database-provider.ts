import { join } from 'node:path';
import { Environment } from '../config/environment';
import { EmbeddedDatabaseOptions, RunningDatabase, startEmbeddedDatabase } from './embedded-database';

/** Where `npm start` keeps its embedded cluster: an ignored folder in the project. */
export const DEFAULT_EMBEDDED_DATABASE_DIR = join(process.cwd(), '.data', 'postgres');

export function embeddedDatabaseOptions(env: Partial<Record<keyof Environment, unknown>>): EmbeddedDatabaseOptions {
  return {
    directory: typeof env.EMBEDDED_DATABASE_DIR === 'string' && env.EMBEDDED_DATABASE_DIR ? env.EMBEDDED_DATABASE_DIR : DEFAULT_EMBEDDED_DATABASE_DIR,
    port: Number(env.EMBEDDED_DATABASE_PORT ?? 54329),
    databaseName: 'renkei',
  };
}

/**
 * With DATABASE_URL set, uses that server and starts nothing; otherwise starts the embedded
 * cluster and points DATABASE_URL at it for the rest of the process.
 */
export async function provideDatabase(environment: Environment, log: (message: string) => void): Promise<RunningDatabase | undefined> {
  if (environment.DATABASE_URL) {
    return undefined;
  }
  const options = embeddedDatabaseOptions(environment);
  log(`Starting embedded PostgreSQL in ${options.directory} (port ${options.port})`);
  const database = await startEmbeddedDatabase(options);
  process.env['DATABASE_URL'] = database.url;
  return database;
}
