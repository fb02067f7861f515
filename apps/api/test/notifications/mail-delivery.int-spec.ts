import { DataSource, In } from 'typeorm';
import { MailOutboxService, MailRequest } from '../../src/notifications/mail-outbox.service';
import { NotificationsErrorCode } from '../../src/notifications/notifications.exception';
import { OutboxMessage } from '../../src/notifications/outbox-message.entity';
import { freePort } from '../utils/free-port';
import { createMailTestApp, createObserver, eventually, MailTestApp } from './mail-test-app';
import { SmtpCatcher } from './smtp-catcher';

const EXPIRES_AT = new Date('2026-12-01T09:00:00Z');

function invitation(to: string, language: 'ja' | 'en', token = 'token-1'): MailRequest<'invitation'> {
  return {
    to,
    language,
    template: 'invitation',
    params: {
      inviterName: language === 'ja' ? '山田 太郎' : 'Taro Yamada',
      roleDescription: language === 'ja' ? '基幹施設 担当者（青森県）' : 'Base facility coordinator (Aomori)',
      acceptUrl: `https://renkei.example.jp/invitations/accept?token=${token}`,
      expiresAt: EXPIRES_AT,
    },
  };
}

describe('mail delivery through a real SMTP server', () => {
  let observer: DataSource;

  beforeAll(async () => {
    observer = await createObserver();
  });

  beforeEach(() => observer.query('DELETE FROM "outbox_message"'));

  afterAll(async () => {
    await observer.query('DELETE FROM "outbox_message"');
    await observer.destroy();
  });

  const rows = (ids: string[]) => observer.getRepository(OutboxMessage).find({ where: { id: In(ids) }, order: { createdAt: 'ASC' } });

  describe('with the server up', () => {
    let catcher: SmtpCatcher;
    let app: MailTestApp;

    beforeAll(async () => {
      catcher = await SmtpCatcher.start(await freePort(), {
        auth: { user: 'renkei', pass: 's3cret/pass' },
      });
      app = await createMailTestApp({
        smtpUrl: `smtp://renkei:${encodeURIComponent('s3cret/pass')}@127.0.0.1:${catcher.port}`,
      });
    });

    beforeEach(() => catcher.received.splice(0));

    afterAll(async () => {
      await app.close();
      await catcher.stop();
    });

    it('delivers a Japanese and an English invitation exactly once each and marks them sent', async () => {
      const [jaId, enId] = await app.dataSource.transaction(async (manager) => [
        await app.outbox.enqueue(manager, invitation('sato@hospital.example.jp', 'ja', 'ja-token')),
        await app.outbox.enqueue(manager, invitation('smith@hospital.example.com', 'en', 'en-token')),
      ]);

      await expect(app.worker.deliverDue()).resolves.toEqual({
        claimed: 2,
        sent: 2,
        retried: 0,
        failed: 0,
        released: 0,
      });
      await expect(app.worker.deliverDue()).resolves.toMatchObject({
        claimed: 0,
        sent: 0,
      });

      expect(catcher.received).toHaveLength(2);
      const ja = catcher.find(jaId);
      expect(ja.envelopeTo).toEqual(['sato@hospital.example.jp']);
      expect(ja.envelopeFrom).toBe('no-reply@renkei.test');
      expect(ja.mail.subject).toBe('renkei へのご招待');
      expect(ja.mail.messageId).toBe(`<${jaId}@renkei.test>`);
      expect(ja.mail.text).toContain('山田 太郎 様から、renkei へのご招待が届いています。');
      expect(ja.mail.text).toContain('https://renkei.example.jp/invitations/accept?token=ja-token');
      expect(ja.mail.text).toContain('2026年12月1日(火) 18:00（日本時間）');
      expect(ja.mail.html).toContain('href="https://renkei.example.jp/invitations/accept?token=ja-token"');

      const en = catcher.find(enId);
      expect(en.envelopeTo).toEqual(['smith@hospital.example.com']);
      expect(en.mail.subject).toBe('Your invitation to renkei');
      expect(en.mail.text).toContain('Taro Yamada has invited you to renkei.');
      expect(en.mail.text).toContain('https://renkei.example.jp/invitations/accept?token=en-token');
      expect(en.mail.from?.value).toEqual([{ name: 'renkei test', address: 'no-reply@renkei.test' }]);

      const [jaRow, enRow] = await rows([jaId, enId]);
      for (const row of [jaRow, enRow]) {
        expect(row).toMatchObject({
          status: 'sent',
          attempts: 1,
          transport: 'smtp',
          lastError: null,
          lockedUntil: null,
        });
        expect(row.sentAt).toBeInstanceOf(Date);
      }
      expect(jaRow.language).toBe('ja');
      expect(enRow.template).toBe('invitation');
    });

    it('sends nothing for a message enqueued in a transaction that rolls back', async () => {
      await expect(
        app.dataSource.transaction(async (manager) => {
          await app.outbox.enqueue(manager, invitation('rolled-back@hospital.example.jp', 'ja'));
          throw new Error('the invitation could not be saved');
        }),
      ).rejects.toThrow('the invitation could not be saved');
      const committedId = await app.dataSource.transaction((manager) =>
        app.outbox.enqueue(manager, invitation('committed@hospital.example.jp', 'ja')),
      );

      await expect(app.worker.deliverDue()).resolves.toMatchObject({
        claimed: 1,
        sent: 1,
      });
      await expect(app.worker.deliverDue()).resolves.toMatchObject({
        claimed: 0,
      });

      expect(catcher.received.map((received) => received.envelopeTo)).toEqual([['committed@hospital.example.jp']]);
      expect(catcher.received[0].outboxId).toBe(committedId);
      await expect(observer.getRepository(OutboxMessage).count()).resolves.toBe(1);
    });

    it('refuses to enqueue outside a transaction or to a malformed address, and writes nothing', async () => {
      await expect(app.outbox.enqueue(app.dataSource.manager, invitation('a@hospital.example.jp', 'ja'))).rejects.toMatchObject({
        code: NotificationsErrorCode.EnqueueOutsideTransaction,
      });
      await expect(
        app.dataSource.transaction((manager) => app.outbox.enqueue(manager, invitation('a@example.jp, b@example.jp', 'ja'))),
      ).rejects.toMatchObject({
        code: NotificationsErrorCode.InvalidRecipient,
      });
      await expect(
        app.dataSource.transaction((manager) =>
          app.outbox.enqueue(manager, {
            ...invitation('a@hospital.example.jp', 'en'),
            params: {
              ...invitation('x@y.jp', 'en').params,
              acceptUrl: 'javascript:alert(1)',
            },
          }),
        ),
      ).rejects.toMatchObject({
        code: NotificationsErrorCode.InvalidTemplateParams,
      });
      await expect(observer.getRepository(OutboxMessage).count()).resolves.toBe(0);
    });
  });

  describe('with the server down for a while', () => {
    let port: number;
    let app: MailTestApp;
    let catcher: SmtpCatcher | undefined;

    beforeAll(async () => {
      port = await freePort(); // nothing listens here until the test starts the server
      app = await createMailTestApp({
        smtpUrl: `smtp://127.0.0.1:${port}`,
        worker: { backoffBaseMs: 50, backoffMaxMs: 1_000 },
      });
    });

    afterAll(async () => {
      await app.close();
      await catcher?.stop();
    });

    it('retries with growing delays and, once the server is back, delivers every message exactly once', async () => {
      const ids = await app.dataSource.transaction(async (manager) => {
        const queued: string[] = [];
        for (let index = 0; index < 5; index += 1) {
          queued.push(
            await app.outbox.enqueue(manager, invitation(`doctor${index}@hospital.example.jp`, index % 2 === 0 ? 'ja' : 'en', `t${index}`)),
          );
        }
        return queued;
      });

      // Server down: let every message fail three times, noting when each retry was planned.
      const planned = new Map<string, Map<number, number>>(ids.map((id) => [id, new Map()]));
      await eventually('every message failed three times', async () => {
        await app.worker.deliverDue();
        const current = await rows(ids);
        for (const row of current) {
          if (row.status === 'pending' && row.attempts > 0) {
            planned.get(row.id)?.set(row.attempts, row.nextAttemptAt.getTime());
          }
        }
        return current.every((row) => row.attempts >= 3);
      });
      for (const row of await rows(ids)) {
        expect(row).toMatchObject({
          status: 'pending',
          sentAt: null,
          lockedUntil: null,
          transport: 'smtp',
        });
        expect(row.lastError).toMatch(/ECONNREFUSED|ECONNECTION|ESOCKET/);
        // Attempt n+1 starts no earlier than planned after attempt n, and waits ≥ 0.8 · 50 ms · 2^n more.
        const times = planned.get(row.id) ?? new Map<number, number>();
        expect((times.get(2) ?? 0) - (times.get(1) ?? 0)).toBeGreaterThanOrEqual(0.8 * 100 - 1);
        expect((times.get(3) ?? 0) - (times.get(2) ?? 0)).toBeGreaterThanOrEqual(0.8 * 200 - 1);
      }
      expect(catcher).toBeUndefined();

      catcher = await SmtpCatcher.start(port);
      const server = catcher;
      await eventually('every message is sent', async () => {
        await app.worker.deliverDue();
        return (await rows(ids)).every((row) => row.status === 'sent');
      });
      for (let round = 0; round < 3; round += 1) {
        await expect(app.worker.deliverDue()).resolves.toMatchObject({
          claimed: 0,
        });
      }

      expect(server.received).toHaveLength(5);
      expect([...server.countsByOutboxId().entries()].sort()).toEqual(ids.map((id) => [id, 1]).sort());
      for (const row of await rows(ids)) {
        expect(row.attempts).toBeGreaterThanOrEqual(4);
        expect(row.lastError).toBeNull();
      }
    });
  });

  describe('as part of the application lifecycle', () => {
    let catcher: SmtpCatcher;
    let app: MailTestApp | undefined;

    beforeAll(async () => {
      catcher = await SmtpCatcher.start(await freePort(), {
        replyDelayMs: 300,
      });
    });

    afterAll(async () => {
      await app?.close();
      await catcher.stop();
    });

    it('polls from bootstrap, and on shutdown finishes the send in progress, records it and stops', async () => {
      const running = await createMailTestApp({
        smtpUrl: `smtp://127.0.0.1:${catcher.port}`,
        worker: { enabled: true, pollIntervalMs: 50 },
      });
      app = running;
      expect(running.worker.polling).toBe(true);
      const id = await observer.transaction((manager) => running.outbox.enqueue(manager, invitation('lifecycle@hospital.example.jp', 'en')));

      // The server holds its answer for 300 ms: close the app while the send is in flight.
      await eventually('the server has started receiving the message', () => Promise.resolve(catcher.mailFromCount > 0));
      const worker = running.worker;
      await running.close();
      app = undefined;

      expect(worker.polling).toBe(false);
      await expect(observer.getRepository(OutboxMessage).findOneByOrFail({ id })).resolves.toMatchObject({ status: 'sent', attempts: 1 });
      expect(catcher.countsByOutboxId()).toEqual(new Map([[id, 1]]));

      // Stopped for good: no timer left, and a direct call does nothing either.
      const laterId = await observer.transaction((manager) =>
        new MailOutboxService().enqueue(manager, invitation('later@hospital.example.jp', 'en')),
      );
      await expect(worker.deliverDue()).resolves.toMatchObject({ claimed: 0 });
      await new Promise((resolve) => setTimeout(resolve, 300)); // six poll intervals
      await expect(observer.getRepository(OutboxMessage).findOneByOrFail({ id: laterId })).resolves.toMatchObject({ status: 'pending', attempts: 0 });
      expect(catcher.received).toHaveLength(1);
    });
  });
});
