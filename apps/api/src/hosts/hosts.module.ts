import { Module } from '@nestjs/common';
import { HostAlertsModule } from '../host-alerts/host-alerts.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { HostProfileNotifier } from './host-profile-notifier';
import { HostDirectoryModule } from './directory/host-directory.module';
import { HostProfilesController } from './host-profiles.controller';
import { HostPlacesService } from './host-places.service';
import { HostProfilesService } from './host-profiles.service';
import { HostPhotosController } from './photos/host-photos.controller';
import { HostPhotosService } from './photos/host-photos.service';

/** Host profiles for residents: written by the host, approved by its prefecture, public once approved. */
@Module({
  imports: [NotificationsModule, HostAlertsModule, HostDirectoryModule],
  controllers: [HostProfilesController, HostPhotosController],
  providers: [HostProfilesService, HostPlacesService, HostPhotosService, HostProfileNotifier],
})
export class HostsModule {}
