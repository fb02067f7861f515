import { createTransport, type NodemailerError, type SMTPPoolOptions, type SMTPPoolSentMessageInfo, type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { DevelopmentMail } from './development-mail.entity';
import type { MailLanguage, MailTransportKind } from './outbox-message.entity';
import type { MailSettings } from './notifications.config';

/** Nest injection token of the `MailTransport` the worker sends through. */
export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/** Header carrying the outbox row id, so a receiver (and the tests) can tell repeats apart. */
export const OUTBOX_ID_HEADER = 'X-Renkei-Outbox-Id';

/** One rendered message, ready to hand to a server. */
export interface OutgoingMail {
  outboxId: string;
  /** Stable for the outbox row (`<id@domain>`): a repeated delivery carries the same Message-ID. */
  messageId: string;
  from: string;
  to: string;
  language: MailLanguage;
  subject: string;
  text: string;
  html: string;
}

export interface MailTransport {
  readonly kind: MailTransportKind;
  /** Host and port (or "development mailbox") for logs; never credentials. */
  readonly description: string;
  /**
   * Resolves once the server accepted the message; rejects with `MailSendError` otherwise.
   * Stops its own work when `signal` aborts.
   */
  send(mail: OutgoingMail, signal: AbortSignal): Promise<void>;
  /** Releases connections; called once, after the last send finished. */
  close(): Promise<void>;
}

/** A failed send. `permanent`: the server refused this message for good, so retrying is pointless. */
export class MailSendError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MailSendError';
  }
}

/** Sends through an SMTP server with nodemailer (one pooled connection, reused between messages). */
export class SmtpMailTransport implements MailTransport {
  readonly kind = 'smtp';
  readonly description: string;
  private readonly transporter: Transporter<SMTPPoolSentMessageInfo, SMTPPoolOptions>;

  constructor(smtpUrl: string, sendTimeoutMs: number) {
    const url = new URL(smtpUrl);
    this.description = `SMTP server ${url.protocol}//${url.host}`;
    const options: SMTPPoolOptions & { pool: true } = {
      url: smtpUrl,
      pool: true,
      maxConnections: 1,
      // Bounded waits, all well inside the worker's lease; the worker also aborts a send at sendTimeoutMs.
      connectionTimeout: Math.min(10_000, sendTimeoutMs),
      greetingTimeout: Math.min(10_000, sendTimeoutMs),
      socketTimeout: sendTimeoutMs,
      socketCloseTimeout: 2_000,
    };
    this.transporter = createTransport(options);
  }

  async send(mail: OutgoingMail, signal: AbortSignal): Promise<void> {
    try {
      await this.transporter.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        headers: {
          [OUTBOX_ID_HEADER]: mail.outboxId,
          'Auto-Submitted': 'auto-generated',
          'Content-Language': mail.language,
        },
        signal,
      });
    } catch (error) {
      throw toSendError(error);
    }
  }

  close(): Promise<void> {
    this.transporter.close();
    return Promise.resolve();
  }
}

/**
 * Development mailbox (SMTP_URL unset): "delivers" by storing the message in `development_mail`,
 * where JMSB users can read it. Idempotent per outbox row (unique `outbox_id`, conflicts ignored),
 * so even a repeated delivery leaves one copy.
 */
export class DevelopmentMailTransport implements MailTransport {
  readonly kind = 'development';
  readonly description = 'development mailbox (table development_mail; nothing leaves this server)';

  constructor(private readonly dataSource: DataSource) {}

  async send(mail: OutgoingMail, signal: AbortSignal): Promise<void> {
    signal.throwIfAborted();
    try {
      await this.dataSource
        .createQueryBuilder()
        .insert()
        .into(DevelopmentMail)
        .values({
          outboxId: mail.outboxId,
          recipient: mail.to,
          subject: mail.subject,
          textBody: mail.text,
          htmlBody: mail.html,
        })
        .orIgnore()
        .execute();
    } catch (error) {
      throw new MailSendError(`development mailbox: ${error instanceof Error ? error.message : String(error)}`, false, { cause: error });
    }
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** SMTP_URL set → SMTP; unset → the development mailbox. */
export function createMailTransport(settings: MailSettings, dataSource: DataSource): MailTransport {
  return settings.smtpUrl ? new SmtpMailTransport(settings.smtpUrl, settings.worker.sendTimeoutMs) : new DevelopmentMailTransport(dataSource);
}

/** Codes of a refusal of this message or its recipient (as opposed to the connection, TLS or login). */
const MESSAGE_REFUSALS = new Set(['EENVELOPE', 'EMESSAGE']);

function toSendError(error: unknown): MailSendError {
  if (!(error instanceof Error)) {
    return new MailSendError(String(error), false);
  }
  const details = error as NodemailerError;
  const code = details.code ?? 'ERROR';
  const reply = details.responseCode ? ` (${details.responseCode})` : '';
  const underlying = details.originalCode && details.originalCode !== code ? ` ${details.originalCode}` : '';
  // A 5xx refusal of the envelope or the message will not change on retry; a login or TLS failure might (fixed config).
  const permanent = details.permanent === true && MESSAGE_REFUSALS.has(code);
  return new MailSendError(`${code}${underlying}${reply}: ${error.message}`, permanent, { cause: error });
}
