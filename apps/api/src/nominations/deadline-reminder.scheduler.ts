import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { mailConfig, MailConfig } from '../notifications/notifications.config';
import { TasksService } from './tasks.service';

const CHECK_EVERY_MS = 15 * 60 * 1000;

/** Checks for due deadline reminders every 15 minutes on instances that send mail. */
@Injectable()
export class DeadlineReminderScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DeadlineReminderScheduler.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly tasks: TasksService,
    @Inject(mailConfig.KEY) private readonly config: MailConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.worker.enabled) return;
    this.timer = setInterval(() => {
      this.tasks.sendDueReminders().catch((error: unknown) => this.logger.error(`Deadline reminders failed: ${String(error)}`));
    }, CHECK_EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }
}
