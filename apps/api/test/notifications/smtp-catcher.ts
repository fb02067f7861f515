import { once } from 'node:events';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { OUTBOX_ID_HEADER } from '../../src/notifications/mail-transport';

export interface ReceivedMail {
  outboxId: string;
  envelopeFrom: string;
  envelopeTo: string[];
  mail: ParsedMail;
}

export interface SmtpCatcherOptions {
  /** Require AUTH with these credentials. */
  auth?: { user: string; pass: string };
  /** Hold every message this long after reading it, before answering 250. */
  replyDelayMs?: number;
}

/** A real SMTP server (the `smtp-server` package) on loopback that keeps what it receives. */
export class SmtpCatcher {
  readonly received: ReceivedMail[] = [];
  /** Transactions that reached MAIL FROM (a message is on its way). */
  mailFromCount = 0;
  private readonly server: SMTPServer;

  private constructor(
    readonly port: number,
    options: SmtpCatcherOptions,
  ) {
    this.server = new SMTPServer({
      logger: false,
      disabledCommands: options.auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
      authOptional: !options.auth,
      allowInsecureAuth: true,
      closeTimeout: 2_000,
      onAuth: (auth, _session, callback) => {
        if (options.auth && auth.username === options.auth.user && auth.password === options.auth.pass) {
          callback(null, { user: auth.username });
        } else {
          callback(new Error('Invalid username or password'));
        }
      },
      onMailFrom: (_address, _session, callback) => {
        this.mailFromCount += 1;
        callback();
      },
      onData: (stream, session, callback) => {
        simpleParser(stream).then(
          (mail) => {
            const outboxId = mail.headers.get(OUTBOX_ID_HEADER.toLowerCase());
            this.received.push({
              outboxId: typeof outboxId === 'string' ? outboxId : '',
              envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              envelopeTo: session.envelope.rcptTo.map((recipient) => recipient.address),
              mail,
            });
            setTimeout(() => callback(), options.replyDelayMs ?? 0);
          },
          (error: Error) => callback(error),
        );
      },
    });
  }

  static async start(port: number, options: SmtpCatcherOptions = {}): Promise<SmtpCatcher> {
    const catcher = new SmtpCatcher(port, options);
    const listening = once(catcher.server.server, 'listening');
    catcher.server.listen(port, '127.0.0.1');
    await listening;
    return catcher;
  }

  /** How many times each outbox id arrived. */
  countsByOutboxId(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const { outboxId } of this.received) {
      counts.set(outboxId, (counts.get(outboxId) ?? 0) + 1);
    }
    return counts;
  }

  find(outboxId: string): ReceivedMail {
    const found = this.received.filter((received) => received.outboxId === outboxId);
    if (found.length !== 1) {
      throw new Error(`expected one message for outbox ${outboxId}, received ${found.length}`);
    }
    return found[0];
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
