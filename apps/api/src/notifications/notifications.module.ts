import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DevelopmentMail } from './development-mail.entity';
import { DevelopmentMailboxController } from './development-mailbox.controller';
import { DevelopmentMailboxService } from './development-mailbox.service';
import { MailDeliveryWorker } from './mail-delivery.worker';
import { MailOutboxService } from './mail-outbox.service';
import { createMailTransport, MAIL_TRANSPORT } from './mail-transport';
import { mailConfig, MailConfig } from './notifications.config';
import { OutboxMessage } from './outbox-message.entity';

/** The entities of this module, for `database/entities.ts`. */
export const NOTIFICATIONS_ENTITIES = [OutboxMessage, DevelopmentMail];

/**
 * E-mail: `MailOutboxService.enqueue(manager, …)` inside the caller's transaction; the
 * `MailDeliveryWorker` sends after commit (SMTP when SMTP_URL is set, else the development mailbox).
 */
@Module({
  imports: [ConfigModule.forFeature(mailConfig), TypeOrmModule.forFeature(NOTIFICATIONS_ENTITIES)],
  controllers: [DevelopmentMailboxController],
  providers: [
    MailOutboxService,
    DevelopmentMailboxService,
    MailDeliveryWorker,
    {
      provide: MAIL_TRANSPORT,
      inject: [mailConfig.KEY, DataSource],
      useFactory: (config: MailConfig, dataSource: DataSource) => createMailTransport(config, dataSource),
    },
  ],
  exports: [MailOutboxService, DevelopmentMailboxService],
})
export class NotificationsModule {}
