import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Arbitrary, fixed key: one instance at a time migrates and loads data; the others wait. */
export const STARTUP_LOCK_KEY = 7_324_501;

@Injectable()
export class SchemaMigrator {
  private readonly logger = new Logger(SchemaMigrator.name);

  constructor(private readonly dataSource: DataSource) {}

  /** Applies pending migrations under a session advisory lock so parallel instances do not race. */
  async migrate(): Promise<void> {
    await withStartupLock(this.dataSource, async () => {
      const applied = await this.dataSource.runMigrations({
        transaction: 'each',
      });
      for (const migration of applied) {
        this.logger.log(`Applied migration ${migration.name}`);
      }
    });
  }
}

export async function withStartupLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
    return await work();
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}
