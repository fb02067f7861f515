import { DataSource } from 'typeorm';
import { Eligibility1795470000000 } from '../../src/database/migrations/1795470000000-Eligibility';
import { Nominations1795993062566 } from '../../src/database/migrations/1795993062566-Nominations';
import { HostDirectory1796003677693 } from '../../src/database/migrations/1796003677693-HostDirectory';
import { Programs1796006251120 } from '../../src/database/migrations/1796006251120-Programs';
import { withStartupLock } from '../../src/database/schema-migrator';
import { eligibilityDataSourceOptions } from './eligibility-test-app';

const OWN_NAMES = /rule_set|eligibility_exception|ceiling_dataset|ceiling_value/;

describe('eligibility schema', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = new DataSource({
      ...eligibilityDataSourceOptions(),
      extra: { application_name: 'renkei-eligibility-schema-test' },
    });
    await dataSource.initialize();
    await withStartupLock(dataSource, () => dataSource.runMigrations({ transaction: 'each' }));
  });

  afterAll(() => dataSource.destroy());

  it('matches the entities: the schema builder has nothing to change for these tables', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query).filter((query) => OWN_NAMES.test(query))).toEqual([]);
  });

  it('allows one active rule set per year (partial unique index)', async () => {
    const runner = dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      const insert = (version: number) =>
        runner.query(`INSERT INTO rule_set (recruitment_year, version, status, definition, source_note) VALUES (2099, $1, 'active', '{}', 'test')`, [
          version,
        ]);
      await insert(1);
      await expect(insert(2)).rejects.toThrow(/uq_rule_set_active_year/);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('reverts and re-applies cleanly (inside a transaction that is rolled back)', async () => {
    const runner = dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      const migration = new Eligibility1795470000000();
      // Nomination rounds refer to rule sets, and the host directory and programs to rounds: they come off first and go back last.
      const dependent = new Nominations1795993062566();
      const directory = new HostDirectory1796003677693();
      const programs = new Programs1796006251120();
      await programs.down(runner);
      await directory.down(runner);
      await dependent.down(runner);
      await migration.down(runner);
      await expect(runner.hasTable('rule_set')).resolves.toBe(false);
      await expect(runner.hasTable('ceiling_value')).resolves.toBe(false);
      await migration.up(runner);
      await dependent.up(runner);
      await directory.up(runner);
      await programs.up(runner);
      await expect(runner.hasTable('rule_set')).resolves.toBe(true);
      await expect(runner.hasTable('nomination_round')).resolves.toBe(true);
      await expect(runner.hasTable('ceiling_value')).resolves.toBe(true);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
