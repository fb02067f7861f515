import { Module } from '@nestjs/common';
import { HostDirectoryModule } from './directory/host-directory.module';
import { HostProfilesController } from './host-profiles.controller';
import { HostProfilesService } from './host-profiles.service';

/** Host profiles for residents: written by the host, approved by its prefecture, public once approved. */
@Module({
  imports: [HostDirectoryModule],
  controllers: [HostProfilesController],
  providers: [HostProfilesService],
})
export class HostsModule {}
