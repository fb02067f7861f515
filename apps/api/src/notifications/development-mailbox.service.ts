import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DevelopmentMail } from './development-mail.entity';
import { NotificationsErrorCode, NotificationsException } from './notifications.exception';
import { mailConfig, MailConfig } from './notifications.config';

export interface DevelopmentMailSummary {
  id: string;
  outboxId: string;
  recipient: string;
  subject: string;
  deliveredAt: Date;
}

export interface DevelopmentMailDetail extends DevelopmentMailSummary {
  text: string;
  /** The HTML part as sent: show it sandboxed (e.g. `<iframe sandbox srcdoc>`), never as trusted markup. */
  html: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads what the development transport "delivered"; for the JMSB-only development mailbox screen. */
@Injectable()
export class DevelopmentMailboxService {
  constructor(
    @InjectRepository(DevelopmentMail)
    private readonly mails: Repository<DevelopmentMail>,
    @Inject(mailConfig.KEY) private readonly config: MailConfig,
  ) {}

  /** True when SMTP_URL is unset, i.e. new e-mails land here instead of leaving the server. */
  get active(): boolean {
    return this.config.smtpUrl === undefined;
  }

  /** Newest first. */
  async list(options: { limit?: number; recipient?: string } = {}): Promise<DevelopmentMailSummary[]> {
    const limit = Math.min(Math.max(Math.trunc(options.limit ?? 100), 1), 500);
    const mails = await this.mails.find({
      select: {
        id: true,
        outboxId: true,
        recipient: true,
        subject: true,
        deliveredAt: true,
      },
      where: options.recipient ? { recipient: options.recipient.trim() } : {},
      order: { deliveredAt: 'DESC', id: 'ASC' },
      take: limit,
    });
    return mails.map(({ id, outboxId, recipient, subject, deliveredAt }) => ({
      id,
      outboxId,
      recipient,
      subject,
      deliveredAt,
    }));
  }

  async get(id: string): Promise<DevelopmentMailDetail> {
    const mail = UUID.test(id) ? await this.mails.findOneBy({ id }) : null;
    if (!mail) {
      throw new NotificationsException(NotificationsErrorCode.DevelopmentMailNotFound, `Development mail ${id} does not exist.`);
    }
    const { outboxId, recipient, subject, deliveredAt, textBody, htmlBody } = mail;
    return {
      id,
      outboxId,
      recipient,
      subject,
      deliveredAt,
      text: textBody,
      html: htmlBody,
    };
  }
}
