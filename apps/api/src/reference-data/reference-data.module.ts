import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PhysicianScarceDesignation } from './entities/physician-scarce-designation.entity';
import { Prefecture } from './entities/prefecture.entity';
import { ReferenceDataLoad } from './entities/reference-data-load.entity';
import { SecondaryMedicalArea } from './entities/secondary-medical-area.entity';
import { Specialty } from './entities/specialty.entity';
import { SufficiencyDataset } from './entities/sufficiency-dataset.entity';
import { SufficiencyValue } from './entities/sufficiency-value.entity';
import { DesignationsController } from './designations.controller';
import { HostDirectoryModule } from '../hosts/directory/host-directory.module';
import { DesignationsService } from './designations.service';
import { PhysicianScarceSpot } from './entities/physician-scarce-spot.entity';
import { ReferenceDataController } from './reference-data.controller';
import { ReferenceDataLoader } from './reference-data.loader';
import { ReferenceDataService } from './reference-data.service';
import { SufficiencyDatasetImporter } from './sufficiency-dataset.importer';

@Module({
  imports: [
    HostDirectoryModule,
    TypeOrmModule.forFeature([
      Prefecture,
      SecondaryMedicalArea,
      PhysicianScarceDesignation,
      Specialty,
      SufficiencyDataset,
      SufficiencyValue,
      ReferenceDataLoad,
      PhysicianScarceSpot,
    ]),
  ],
  controllers: [ReferenceDataController, DesignationsController],
  providers: [ReferenceDataService, ReferenceDataLoader, SufficiencyDatasetImporter, DesignationsService],
  exports: [ReferenceDataService, ReferenceDataLoader, SufficiencyDatasetImporter],
})
export class ReferenceDataModule {}
