import { DataSource } from 'typeorm';
import { MailOutbox1795464506314 } from '../../src/database/migrations/1795464506314-MailOutbox';
import { createObserver } from './mail-test-app';

const OWN_NAMES = /outbox_message|development_mail|mail_language|mail_transport/;

describe('mail outbox schema', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await createObserver();
  });

  afterAll(() => dataSource.destroy());

  it('matches the entities: the schema builder has nothing to change for these tables', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query).filter((query) => OWN_NAMES.test(query))).toEqual([]);
  });

  it('has a claim query that can use the partial indexes', async () => {
    const indexes = await dataSource.query<{ indexname: string; indexdef: string }[]>(
      `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'outbox_message' ORDER BY indexname`,
    );
    expect(indexes.map((index) => index.indexname)).toEqual(['ix_outbox_message_due', 'ix_outbox_message_lease', 'pk_outbox_message']);
    expect(indexes[0].indexdef).toContain(`WHERE (status = 'pending'::outbox_message_status)`);
  });

  it('reverts and re-applies cleanly (inside a transaction that is rolled back)', async () => {
    const runner = dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      const migration = new MailOutbox1795464506314();
      await migration.down(runner);
      await expect(runner.hasTable('outbox_message')).resolves.toBe(false);
      await expect(runner.hasTable('development_mail')).resolves.toBe(false);
      await migration.up(runner);
      await expect(runner.hasTable('outbox_message')).resolves.toBe(true);
      await expect(runner.hasTable('development_mail')).resolves.toBe(true);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
