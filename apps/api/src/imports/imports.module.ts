import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
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
  imports: [TypeOrmModule.forFeature([ImportBatch]), ReferenceDataModule, FacilitiesModule],
  controllers: [ImportsController],
  providers: [
    ImportsService,
    {
      provide: IMPORTERS,
      inject: [SufficiencyDatasetImporter, FacilityImporter],
      useFactory: (...importers: Importer[]): Importer[] => importers,
    },
  ],
})
export class ImportsModule {}
