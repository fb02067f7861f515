import { EnvironmentError } from '../config/environment';
import { DEFAULT_MAIL_FROM, describeSmtpUrl, readMailSettings } from './notifications.config';

describe('readMailSettings', () => {
  it('selects the development mailbox and the default sender when nothing is set', () => {
    expect(readMailSettings({})).toMatchObject({
      smtpUrl: undefined,
      from: DEFAULT_MAIL_FROM,
      worker: {
        enabled: true,
        pollIntervalMs: 1000,
        maxAttempts: 10,
        backoffBaseMs: 5000,
        backoffMaxMs: 600_000,
      },
    });
    expect(readMailSettings({ SMTP_URL: '' }).smtpUrl).toBeUndefined();
  });

  it.each(['smtp://mail:1025', 'smtps://user:p%40ss@smtp.example.jp:465', 'smtp://127.0.0.1:2525/?pool=true'])('accepts SMTP_URL %s', (url) => {
    expect(readMailSettings({ SMTP_URL: url }).smtpUrl).toBe(url);
  });

  it('reads the sender and the worker variables', () => {
    expect(
      readMailSettings({
        MAIL_FROM: '連携 <no-reply@renkei.example.jp>',
        MAIL_WORKER_ENABLED: 'false',
        MAIL_POLL_INTERVAL_MS: '250',
        MAIL_MAX_ATTEMPTS: '3',
      }),
    ).toMatchObject({
      from: '連携 <no-reply@renkei.example.jp>',
      worker: { enabled: false, pollIntervalMs: 250, maxAttempts: 3 },
    });
  });

  it.each([
    [{ SMTP_URL: 'http://mail:1025' }, 'SMTP_URL must look like smtp://host:1025 or smtps://user:password@host:465'],
    [{ SMTP_URL: 'smtp://mail:99999' }, 'SMTP_URL must look like smtp://host:1025 or smtps://user:password@host:465'],
    [{ SMTP_URL: 'mail:1025' }, 'SMTP_URL must look like smtp://host:1025 or smtps://user:password@host:465'],
    [{ MAIL_FROM: 'renkei\r\nBcc: x@example.com <a@b.c>' }, 'MAIL_FROM must be an address such as "renkei <no-reply@example.jp>"'],
    [{ MAIL_FROM: 'no-reply' }, 'MAIL_FROM must be an address such as "renkei <no-reply@example.jp>"'],
    [{ MAIL_POLL_INTERVAL_MS: 'soon' }, 'MAIL_POLL_INTERVAL_MS must be a whole number of milliseconds between 50 and 600000'],
    [{ MAIL_MAX_ATTEMPTS: '0' }, 'MAIL_MAX_ATTEMPTS must be a whole number between 1 and 100'],
  ])('refuses %p with one clear line', (environment, message) => {
    expect(() => readMailSettings(environment)).toThrow(EnvironmentError);
    expect(() => readMailSettings(environment)).toThrow(`Invalid configuration: ${message}`);
  });

  it('never repeats the SMTP password, in errors or in logs', () => {
    expect(() => readMailSettings({ SMTP_URL: 'smtps://user:hunter2@' })).toThrow(/^(?!.*hunter2)/);
    expect(describeSmtpUrl('smtps://user:hunter2@smtp.example.jp:465')).toBe('smtps://smtp.example.jp:465');
  });
});
