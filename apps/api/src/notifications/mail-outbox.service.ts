import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MailTemplateKey, MailTemplateParams, renderMail } from './mail-templates';
import { NotificationsErrorCode, NotificationsException } from './notifications.exception';
import { MailLanguage, OutboxMessage } from './outbox-message.entity';

/** One e-mail to queue: the template decides the type of `params`. */
export interface MailRequest<K extends MailTemplateKey = MailTemplateKey> {
  /** One address, e.g. the user's login e-mail. */
  to: string;
  /** The recipient's language (their account setting). */
  language: MailLanguage;
  template: K;
  params: MailTemplateParams[K];
}

/** A single address: no display name, no list, no line break. */
const RECIPIENT = /^[^\s@<>(),;:"\\[\]]+@[^\s@<>(),;:"\\[\]]+\.[^\s@<>(),;:"\\[\]]+$/;

/**
 * The domain's way to send e-mail: render a template and write it to the outbox in the caller's
 * transaction. Nothing is sent here; `MailDeliveryWorker` sends after the transaction commits,
 * and a rollback takes the message with it.
 */
@Injectable()
export class MailOutboxService {
  /**
   * @param manager the caller's transactional manager (`dataSource.transaction(manager => …)`)
   * @returns the outbox row id
   */
  async enqueue<K extends MailTemplateKey>(manager: EntityManager, message: MailRequest<K>): Promise<string> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new NotificationsException(
        NotificationsErrorCode.EnqueueOutsideTransaction,
        'MailOutboxService.enqueue needs the manager of the transaction that makes the change the e-mail is about.',
      );
    }
    const recipient = message.to.trim();
    if (recipient.length > 254 || !RECIPIENT.test(recipient)) {
      throw new NotificationsException(NotificationsErrorCode.InvalidRecipient, 'to: the recipient must be one e-mail address.', {
        to: ['must be one e-mail address'],
      });
    }
    const rendered = renderMail(message.template, message.language, message.params);
    const id = randomUUID();
    await manager.getRepository(OutboxMessage).insert({
      id,
      recipient,
      language: message.language,
      template: message.template,
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
    });
    return id;
  }
}
