import { TypeOrmModule } from '@nestjs/typeorm';
import { Test, TestingModule } from '@nestjs/testing';
import { DataSource, DataSourceOptions } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import { MailOutbox1795464506314 } from '../../src/database/migrations/1795464506314-MailOutbox';
import { SchemaMigrator, withStartupLock } from '../../src/database/schema-migrator';
import { DevelopmentMailboxService } from '../../src/notifications/development-mailbox.service';
import { MailDeliveryWorker } from '../../src/notifications/mail-delivery.worker';
import { MailOutboxService } from '../../src/notifications/mail-outbox.service';
import { MAIL_TRANSPORT, MailTransport } from '../../src/notifications/mail-transport';
import { mailConfig, MailSettings, MailWorkerSettings } from '../../src/notifications/notifications.config';
import { NOTIFICATIONS_ENTITIES, NotificationsModule } from '../../src/notifications/notifications.module';

/** Small delays so retries happen within a test; the worker loop is off unless a test turns it on. */
export const TEST_WORKER_SETTINGS: MailWorkerSettings = {
  enabled: false,
  pollIntervalMs: 50,
  batchSize: 10,
  leaseMs: 30_000,
  sendTimeoutMs: 5_000,
  maxAttempts: 10,
  backoffBaseMs: 5,
  backoffMaxMs: 40,
};

export const TEST_MAIL_FROM = 'renkei test <no-reply@renkei.test>';

/**
 * The shared DataSource definition plus this module's entities and migration, which the lead
 * registers in `database/entities.ts` and `database/migrations/index.ts` (de-duplicated, so this
 * keeps working once they are registered there).
 */
export function mailTestDataSourceOptions(): DataSourceOptions {
  const base = dataSourceOptions(databaseUrl());
  const entities = Array.isArray(base.entities) ? base.entities : [];
  const migrations = Array.isArray(base.migrations) ? base.migrations : [];
  return {
    ...base,
    entities: [...new Set([...entities, ...NOTIFICATIONS_ENTITIES])],
    migrations: [...new Set([...migrations, MailOutbox1795464506314])],
  } as DataSourceOptions;
}

export interface MailTestApp {
  module: TestingModule;
  dataSource: DataSource;
  outbox: MailOutboxService;
  worker: MailDeliveryWorker;
  mailbox: DevelopmentMailboxService;
  transport: MailTransport;
  close(): Promise<void>;
}

/** A Nest app of this module alone, against the test database, with migrations applied. */
export async function createMailTestApp(settings: { smtpUrl?: string; worker?: Partial<MailWorkerSettings> } = {}): Promise<MailTestApp> {
  const config: MailSettings = {
    smtpUrl: settings.smtpUrl,
    from: TEST_MAIL_FROM,
    worker: { ...TEST_WORKER_SETTINGS, ...settings.worker },
  };
  const module = await Test.createTestingModule({
    imports: [TypeOrmModule.forRoot(mailTestDataSourceOptions()), NotificationsModule],
    providers: [SchemaMigrator],
  })
    .overrideProvider(mailConfig.KEY)
    .useValue(config)
    .compile();
  module.useLogger(['error']);
  await module.get(SchemaMigrator).migrate();
  await module.init();
  return {
    module,
    dataSource: module.get(DataSource),
    outbox: module.get(MailOutboxService),
    worker: module.get(MailDeliveryWorker),
    mailbox: module.get(DevelopmentMailboxService),
    transport: module.get<MailTransport>(MAIL_TRANSPORT),
    close: () => module.close(),
  };
}

/** A plain DataSource (no Nest, no worker) to look at the tables from outside the apps. */
export async function createObserver(): Promise<DataSource> {
  const dataSource = new DataSource({
    ...mailTestDataSourceOptions(),
    extra: { application_name: 'renkei-mail-test-observer' },
  });
  await dataSource.initialize();
  await withStartupLock(dataSource, () => dataSource.runMigrations({ transaction: 'each' }));
  return dataSource;
}

/** Polls `check` until it holds; fails with `description` after `timeoutMs`. */
export async function eventually(description: string, check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting until ${description}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function databaseUrl(): string {
  const url = process.env['DATABASE_URL'];
  if (!url) {
    throw new Error('DATABASE_URL is unset: run through the integration config (global-setup starts PostgreSQL)');
  }
  return url;
}
