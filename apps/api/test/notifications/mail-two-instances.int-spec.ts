import { DataSource, In, Not } from 'typeorm';
import { DeliveryReport, MailDeliveryWorker } from '../../src/notifications/mail-delivery.worker';
import { OutboxMessage } from '../../src/notifications/outbox-message.entity';
import { freePort } from '../utils/free-port';
import { createMailTestApp, createObserver, MailTestApp } from './mail-test-app';
import { SmtpCatcher } from './smtp-catcher';

const MESSAGES = 40;

describe('two app instances sending one outbox', () => {
  let observer: DataSource;
  let catcher: SmtpCatcher;
  let first: MailTestApp;
  let second: MailTestApp;

  beforeAll(async () => {
    observer = await createObserver();
    await observer.query('DELETE FROM "outbox_message"');
    // A short pause before each 250 keeps one instance busy while the other claims.
    catcher = await SmtpCatcher.start(await freePort(), { replyDelayMs: 5 });
    const smtpUrl = `smtp://127.0.0.1:${catcher.port}`;
    first = await createMailTestApp({ smtpUrl, worker: { batchSize: 3 } });
    second = await createMailTestApp({ smtpUrl, worker: { batchSize: 3 } });
  });

  afterAll(async () => {
    await first.close();
    await second.close();
    await catcher.stop();
    await observer.query('DELETE FROM "outbox_message"');
    await observer.destroy();
  });

  it('sends each of 40 rows exactly once while both instances deliver concurrently', async () => {
    expect(first.dataSource).not.toBe(second.dataSource);
    const ids = await first.dataSource.transaction(async (manager) => {
      const queued: string[] = [];
      for (let index = 0; index < MESSAGES; index += 1) {
        queued.push(
          await first.outbox.enqueue(manager, {
            to: `resident${index}@hospital.example.jp`,
            language: index % 2 === 0 ? 'ja' : 'en',
            template: 'password-reset',
            params: {
              resetUrl: `https://renkei.example.jp/reset?token=r${index}`,
              expiresAt: new Date('2026-12-01T09:00:00Z'),
            },
          }),
        );
      }
      return queued;
    });

    const reports = new Map<MailDeliveryWorker, DeliveryReport[]>([
      [first.worker, []],
      [second.worker, []],
    ]);
    const unsent = () => observer.getRepository(OutboxMessage).countBy({ id: In(ids), status: Not('sent') });
    const drain = async (worker: MailDeliveryWorker) => {
      for (let round = 0; round < 200 && (await unsent()) > 0; round += 1) {
        reports.get(worker)?.push(await worker.deliverDue());
      }
    };
    // Two concurrent loops per instance, four in all, each calling deliverDue() until nothing is left.
    await Promise.all([drain(first.worker), drain(second.worker), drain(first.worker), drain(second.worker)]);

    await expect(unsent()).resolves.toBe(0);
    expect(catcher.received).toHaveLength(MESSAGES);
    expect([...catcher.countsByOutboxId().entries()].sort()).toEqual(ids.map((id) => [id, 1]).sort());

    const total = (worker: MailDeliveryWorker, key: keyof DeliveryReport) =>
      (reports.get(worker) ?? []).reduce((sum, report) => sum + report[key], 0);
    // No row was claimed twice, and both instances took part.
    expect(total(first.worker, 'claimed') + total(second.worker, 'claimed')).toBe(MESSAGES);
    expect(total(first.worker, 'sent') + total(second.worker, 'sent')).toBe(MESSAGES);
    expect(total(first.worker, 'sent')).toBeGreaterThan(0);
    expect(total(second.worker, 'sent')).toBeGreaterThan(0);
    const rows = await observer.getRepository(OutboxMessage).findBy({ id: In(ids) });
    expect(rows.every((row) => row.status === 'sent' && row.attempts === 1)).toBe(true);
  });
});
