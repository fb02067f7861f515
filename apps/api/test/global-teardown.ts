import { rmSync } from 'node:fs';
import { RunningDatabase } from '../src/database/embedded-database';

export default async function globalTeardown(): Promise<void> {
  const { database, directory } = (
    globalThis as unknown as {
      renkeiTestDatabase: { database: RunningDatabase; directory: string };
    }
  ).renkeiTestDatabase;
  await database.stop();
  rmSync(directory, { recursive: true, force: true });
}
