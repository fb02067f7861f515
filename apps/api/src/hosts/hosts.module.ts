import { Module } from '@nestjs/common';
import { HostProfilesController } from './host-profiles.controller';
import { HostPlacesService } from './host-places.service';
import { HostProfilesService } from './host-profiles.service';

/** Host profiles for residents: written by the host, approved by its prefecture, public once approved. */
@Module({
  controllers: [HostProfilesController],
  providers: [HostProfilesService, HostPlacesService],
})
export class HostsModule {}
