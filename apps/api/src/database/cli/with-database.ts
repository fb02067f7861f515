/**
 * Runs a command with DATABASE_URL pointing at a database: the one in DATABASE_URL if set,
 * otherwise the project's embedded PostgreSQL (started for the command, stopped after).
 * Used by `npm run db:migrate`, `db:migration:generate` and `db:reset`.
 */
import { spawn } from 'node:child_process';
import { embeddedDatabaseOptions } from '../database-provider';
import { startEmbeddedDatabase } from '../embedded-database';

async function main(): Promise<void> {
  const command = process.argv.slice(2).filter((argument, index) => index > 0 || argument !== '--');
  if (command.length === 0) {
    throw new Error('usage: with-database <command> [args...]');
  }
  const embedded = process.env['DATABASE_URL'] ? undefined : await startEmbeddedDatabase(embeddedDatabaseOptions(process.env));
  const env = {
    ...process.env,
    DATABASE_URL: process.env['DATABASE_URL'] ?? embedded?.url,
  };
  const code = await new Promise<number>((resolve) => {
    const child = spawn(command[0], command.slice(1), {
      stdio: 'inherit',
      env,
      shell: true,
    });
    child.on('exit', (exitCode) => resolve(exitCode ?? 1));
  });
  await embedded?.stop();
  process.exit(code);
}

main().catch((error: unknown) => {
  const detail = error instanceof Error ? error.message : JSON.stringify(error);
  console.error(
    `Could not run the command with a database: ${detail}. Is another process using the embedded database (npm start)? Stop it or set DATABASE_URL.`,
  );
  process.exit(1);
});
