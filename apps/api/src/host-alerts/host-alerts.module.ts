import { Module } from '@nestjs/common';
import { RateLimiter } from '../accounts/auth/rate-limiter.service';
import { NotificationsModule } from '../notifications/notifications.module';
import { HostAlertsController } from './host-alerts.controller';
import { HostAlertsService } from './host-alerts.service';

/**
 * Alerts about saved hosts for visitors (double opt-in). Exports `HostAlertsService` so the
 * nomination and host modules notify subscribers inside their own transactions.
 */
@Module({
  imports: [NotificationsModule],
  controllers: [HostAlertsController],
  providers: [HostAlertsService, RateLimiter],
  exports: [HostAlertsService],
})
export class HostAlertsModule {}
