import { Module } from '@nestjs/common';
import { FacilitiesController } from './facilities.controller';
import { FacilitiesService } from './facilities.service';
import { FacilityImporter } from './facility.importer';

@Module({
  controllers: [FacilitiesController],
  providers: [FacilitiesService, FacilityImporter],
  exports: [FacilitiesService, FacilityImporter],
})
export class FacilitiesModule {}
