import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { EligibilityModule } from '../eligibility/eligibility.module';
import { HostAlertsModule } from '../host-alerts/host-alerts.module';
import { HostDirectoryModule } from '../hosts/directory/host-directory.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { mailConfig } from '../notifications/notifications.config';
import { CandidateViewsService } from './candidate-views.service';
import { DeadlineReminderScheduler } from './deadline-reminder.scheduler';
import { NominationNotifier } from './nomination-notifier.service';
import { PublishedHostsController } from './published-hosts.controller';
import { PublishedHostsService } from './published-hosts.service';
import { ReviewsController } from './reviews.controller';
import { ReviewsService } from './reviews.service';
import { RoundsController } from './rounds.controller';
import { RoundsService } from './rounds.service';
import { SubmissionsController } from './submissions.controller';
import { SubmissionsService } from './submissions.service';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';

/**
 * Nomination rounds (seed 004 p. 47): JMSB opens → prefectures submit candidates → societies
 * confirm → JMSB publishes. Each step is one transaction with an audit entry and an e-mail.
 */
@Module({
  imports: [ConfigModule.forFeature(mailConfig), EligibilityModule, NotificationsModule, HostAlertsModule, HostDirectoryModule],
  // The public published-hosts routes come first so `rounds/published` is not read as a round id.
  controllers: [PublishedHostsController, RoundsController, SubmissionsController, ReviewsController, TasksController],
  providers: [
    RoundsService,
    SubmissionsService,
    ReviewsService,
    PublishedHostsService,
    TasksService,
    CandidateViewsService,
    NominationNotifier,
    DeadlineReminderScheduler,
  ],
})
export class NominationsModule {}
