import { Module } from '@nestjs/common';
import { HostDirectoryModule } from '../hosts/directory/host-directory.module';
import { FacilitiesController } from './facilities.controller';
import { FacilitiesService } from './facilities.service';
import { FacilityImporter } from './facility.importer';

@Module({
  imports: [HostDirectoryModule],
  controllers: [FacilitiesController],
  providers: [FacilitiesService, FacilityImporter],
  exports: [FacilitiesService, FacilityImporter],
})
export class FacilitiesModule {}
