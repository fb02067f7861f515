import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { appConfig, AppConfig } from '../config/app.config';
import { withStartupLock } from '../database/schema-migrator';
import { ReferenceDataLoad } from './entities/reference-data-load.entity';
import { PhysicianScarceDesignation } from './entities/physician-scarce-designation.entity';
import { Prefecture } from './entities/prefecture.entity';
import { SecondaryMedicalArea } from './entities/secondary-medical-area.entity';
import { Specialty } from './entities/specialty.entity';
import { SufficiencyDataset } from './entities/sufficiency-dataset.entity';
import { SufficiencyValue } from './entities/sufficiency-value.entity';
import { parseReferenceData, REFERENCE_FILES, ReferenceData, SEED_DATASETS } from './reference-data.files';

export type LoadOutcome = 'loaded' | 'unchanged';

/**
 * Loads the public reference files into the database on start. Idempotent: unchanged files
 * (same checksums) change nothing; a malformed file changes nothing and names file, line, column.
 */
@Injectable()
export class ReferenceDataLoader {
  private readonly logger = new Logger(ReferenceDataLoader.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {}

  async load(directory = this.config.referenceDataDir): Promise<LoadOutcome> {
    const files = [...Object.values(REFERENCE_FILES), ...SEED_DATASETS.map((dataset) => dataset.file)];
    const contents = new Map(files.map((file) => [file, readFileSync(join(directory, file), 'utf8')]));
    const data = parseReferenceData((file) => contents.get(file) ?? '');
    const checksums = files.map((file) => ({
      fileName: file,
      sha256: sha256(contents.get(file) ?? ''),
    }));

    return withStartupLock(this.dataSource, () =>
      this.dataSource.transaction(async (manager) => {
        if (await this.allLoaded(manager, checksums)) {
          return 'unchanged';
        }
        await this.write(manager, data);
        await manager.upsert(ReferenceDataLoad, checksums, ['fileName']);
        this.logger.log(
          `Loaded reference data: ${data.prefectures.length} prefectures, ${data.areas.length} areas, ${data.specialties.length} specialties, ${data.datasets.length} sufficiency datasets`,
        );
        return 'loaded';
      }),
    );
  }

  private async allLoaded(manager: EntityManager, checksums: { fileName: string; sha256: string }[]): Promise<boolean> {
    const loaded = await manager.find(ReferenceDataLoad);
    const known = new Map(loaded.map((load) => [load.fileName, load.sha256]));
    return checksums.every((checksum) => known.get(checksum.fileName) === checksum.sha256);
  }

  private async write(manager: EntityManager, data: ReferenceData): Promise<void> {
    await manager.upsert(Prefecture, data.prefectures, ['code']);
    await manager.upsert(SecondaryMedicalArea, data.areas, ['code']);
    // The index class gives only the default; a prefecture's own designation is never overwritten.
    await manager
      .createQueryBuilder()
      .insert()
      .into(PhysicianScarceDesignation)
      .values(
        data.areas.map((area) => ({
          areaCode: area.code,
          physicianScarce: area.indexClass === 'few',
          source: 'index-default' as const,
          reason: null,
          version: 1,
        })),
      )
      .orIgnore()
      .execute();
    await manager.upsert(Specialty, data.specialties, ['code']);
    for (const dataset of data.datasets) {
      await manager.upsert(
        SufficiencyDataset,
        {
          code: dataset.code,
          nameJa: dataset.nameJa,
          nameEn: dataset.nameEn,
          sourceNote: dataset.sourceNote,
          specialtyCodes: dataset.specialtyCodes,
          unlistedLowerBound: dataset.unlistedLowerBound,
          unlistedUpperBound: null,
        },
        ['code'],
      );
      const { id } = await manager.findOneByOrFail(SufficiencyDataset, {
        code: dataset.code,
      });
      await manager.delete(SufficiencyValue, { datasetId: id });
      await manager.insert(
        SufficiencyValue,
        dataset.bands.map((band) => ({
          datasetId: id,
          prefectureCode: band.prefectureCode,
          specialtyCode: band.specialtyCode,
          exact: null,
          lowerBound: band.lowerBound,
          upperBound: band.upperBound,
        })),
      );
    }
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
