import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CeilingDatasetImporter } from '../eligibility/ceiling-dataset.importer';
import { EligibilityModule } from '../eligibility/eligibility.module';
import { FacilitiesModule } from '../facilities/facilities.module';
import { FacilityImporter } from '../facilities/facility.importer';
import { ReferenceDataModule } from '../reference-data/reference-data.module';
import { SufficiencyDatasetImporter } from '../reference-data/sufficiency-dataset.importer';
import { ImportBatch } from './import-batch.entity';
import { Importer, IMPORTERS } from './importer';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';

/** Preview-then-commit imports; each domain module contributes its importer here. */
@Module({
  imports: [TypeOrmModule.forFeature([ImportBatch]), ReferenceDataModule, FacilitiesModule, EligibilityModule],
  controllers: [ImportsController],
  providers: [
    ImportsService,
    {
      provide: IMPORTERS,
      inject: [SufficiencyDatasetImporter, CeilingDatasetImporter, FacilityImporter],
      useFactory: (...importers: Importer[]): Importer[] => importers,
    },
  ],
})
export class ImportsModule {}
