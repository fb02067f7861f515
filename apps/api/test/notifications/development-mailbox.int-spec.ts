import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DevelopmentMail } from '../../src/notifications/development-mail.entity';
import { NotificationsErrorCode } from '../../src/notifications/notifications.exception';
import { OutboxMessage } from '../../src/notifications/outbox-message.entity';
import { createMailTestApp, createObserver, MailTestApp } from './mail-test-app';

describe('development mailbox (SMTP_URL unset)', () => {
  let observer: DataSource;
  let app: MailTestApp;

  beforeAll(async () => {
    observer = await createObserver();
    await observer.query('DELETE FROM "outbox_message"');
    app = await createMailTestApp({ smtpUrl: undefined });
  });

  afterAll(async () => {
    await app.close();
    await observer.query('DELETE FROM "outbox_message"');
    await observer.destroy();
  });

  it('stores the message in development_mail, readable through DevelopmentMailboxService', async () => {
    expect(app.transport.kind).toBe('development');
    expect(app.mailbox.active).toBe(true);
    const id = await app.dataSource.transaction((manager) =>
      app.outbox.enqueue(manager, {
        to: 'suzuki@hospital.example.jp',
        language: 'ja',
        template: 'invitation',
        params: {
          inviterName: '日本専門医機構 事務局',
          roleDescription: '都道府県 担当者（北海道）',
          acceptUrl: 'https://renkei.example.jp/invitations/accept?token=dev',
          expiresAt: new Date('2026-12-01T09:00:00Z'),
        },
      }),
    );

    await expect(app.worker.deliverDue()).resolves.toMatchObject({
      claimed: 1,
      sent: 1,
    });
    await expect(app.worker.deliverDue()).resolves.toMatchObject({
      claimed: 0,
    });

    const stored = await observer.getRepository(DevelopmentMail).findBy({ outboxId: id });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      recipient: 'suzuki@hospital.example.jp',
      subject: 'renkei へのご招待',
    });
    expect(stored[0].textBody).toContain('https://renkei.example.jp/invitations/accept?token=dev');
    await expect(observer.getRepository(OutboxMessage).findOneByOrFail({ id })).resolves.toMatchObject({
      status: 'sent',
      transport: 'development',
      attempts: 1,
    });

    const listed = await app.mailbox.list();
    expect(listed).toEqual([
      {
        id: stored[0].id,
        outboxId: id,
        recipient: 'suzuki@hospital.example.jp',
        subject: 'renkei へのご招待',
        deliveredAt: stored[0].deliveredAt,
      },
    ]);
    const detail = await app.mailbox.get(stored[0].id);
    expect(detail.text).toContain('日本専門医機構 事務局 様から、renkei へのご招待が届いています。');
    expect(detail.html).toContain('href="https://renkei.example.jp/invitations/accept?token=dev"');
    await expect(app.mailbox.list({ recipient: 'someone-else@example.jp' })).resolves.toEqual([]);
  });

  it('keeps one copy when the same outbox row is delivered again', async () => {
    const id = await app.dataSource.transaction((manager) =>
      app.outbox.enqueue(manager, {
        to: 'tanaka@hospital.example.jp',
        language: 'en',
        template: 'password-reset',
        params: {
          resetUrl: 'https://renkei.example.jp/reset?token=again',
          expiresAt: new Date('2026-12-01T09:00:00Z'),
        },
      }),
    );
    await app.worker.deliverDue();
    const row = await observer.getRepository(OutboxMessage).findOneByOrFail({ id });
    const again = {
      outboxId: id,
      messageId: `<${id}@renkei.test>`,
      from: 'x@renkei.test',
      to: row.recipient,
      language: row.language,
      subject: row.subject,
      text: row.textBody,
      html: row.htmlBody,
    };
    await app.transport.send(again, new AbortController().signal);
    await app.transport.send(again, new AbortController().signal);

    await expect(observer.getRepository(DevelopmentMail).countBy({ outboxId: id })).resolves.toBe(1);
  });

  it('answers not found for an unknown or malformed id', async () => {
    await expect(app.mailbox.get(randomUUID())).rejects.toMatchObject({
      code: NotificationsErrorCode.DevelopmentMailNotFound,
      httpStatus: 404,
    });
    await expect(app.mailbox.get('not-a-uuid')).rejects.toMatchObject({
      code: NotificationsErrorCode.DevelopmentMailNotFound,
    });
  });
});
