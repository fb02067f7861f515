import { Injectable, Logger } from '@nestjs/common';
import { DEFAULT_RULE_SETS, type RuleSet } from '@renkei/eligibility';
import { DataSource, EntityManager } from 'typeorm';
import { withStartupLock } from '../database/schema-migrator';
import { Prefecture } from '../reference-data/entities/prefecture.entity';
import { Specialty } from '../reference-data/entities/specialty.entity';
import { SAMPLE_CEILING_DATASET_CODE } from './eligibility.constants';
import { CeilingDatasetRecord } from './entities/ceiling-dataset.entity';
import { CeilingValue } from './entities/ceiling-value.entity';
import { RuleSetRecord } from './entities/rule-set.entity';

/** Years the sample ceilings cover. */
export const SAMPLE_CEILING_YEARS = [2026, 2027] as const;

/**
 * Rule behind the sample ceilings (illustrative, not JMSB's figures): for each of the years above and
 * each specialty that is not ceiling-exempt, a prefecture is under the ceiling iff its physician
 * distribution index class is `many` (医師多数県); the cap is left null (no invented numbers).
 */
export const SAMPLE_CEILING_RULE = 'under_ceiling = (prefecture index class is "many"); cap = null';

export interface EligibilitySeedOutcome {
  ruleSetsInserted: number[];
  ceilingRowsInserted: number;
}

/**
 * Idempotent start-up seeding, run after the reference data: the sample ceiling dataset, then the
 * default 2026 and 2027 rule sets as active version 1 for any year that has no rule set yet.
 */
@Injectable()
export class EligibilitySeeder {
  private readonly logger = new Logger(EligibilitySeeder.name);

  constructor(private readonly dataSource: DataSource) {}

  seed(): Promise<EligibilitySeedOutcome> {
    return withStartupLock(this.dataSource, () =>
      this.dataSource.transaction(async (manager) => {
        const ceilingRowsInserted = await this.seedSampleCeilings(manager);
        const ruleSetsInserted: number[] = [];
        for (const ruleSet of DEFAULT_RULE_SETS) {
          if (
            await manager.existsBy(RuleSetRecord, {
              recruitmentYear: ruleSet.recruitmentYear,
            })
          )
            continue;
          const definition: RuleSet = {
            ...ruleSet,
            datasets: {
              ...ruleSet.datasets,
              ceiling: [SAMPLE_CEILING_DATASET_CODE],
            },
          };
          await manager.insert(RuleSetRecord, {
            recruitmentYear: ruleSet.recruitmentYear,
            version: ruleSet.version,
            status: 'active',
            definition: definition as never,
            sourceNote: `${ruleSet.sourceNote} / Ceiling: ${SAMPLE_CEILING_DATASET_CODE} (SAMPLE サンプル: illustrative figures until JMSB's ceiling data is imported)`,
            createdBy: null,
            activatedAt: new Date(),
          });
          ruleSetsInserted.push(ruleSet.recruitmentYear);
        }
        if (ruleSetsInserted.length > 0 || ceilingRowsInserted > 0) {
          this.logger.log(`Seeded rule sets ${ruleSetsInserted.join(', ') || '-'}; ${ceilingRowsInserted} sample ceiling rows`);
        }
        return { ruleSetsInserted, ceilingRowsInserted };
      }),
    );
  }

  private async seedSampleCeilings(manager: EntityManager): Promise<number> {
    if (
      await manager.existsBy(CeilingDatasetRecord, {
        code: SAMPLE_CEILING_DATASET_CODE,
      })
    )
      return 0;
    const dataset = await manager.save(
      manager.create(CeilingDatasetRecord, {
        code: SAMPLE_CEILING_DATASET_CODE,
        nameJa: '【サンプル】シーリング（デモ用の例示データ）',
        nameEn: '[SAMPLE] Recruitment ceilings (illustrative demo data)',
        sourceNote: `SAMPLE / サンプル: illustrative figures, NOT JMSB's ceilings (the seeds contain none). Rule: ${SAMPLE_CEILING_RULE}, for ${SAMPLE_CEILING_YEARS.join(' and ')} and every specialty not exempt from ceilings. Replace by importing JMSB's data.`,
        sample: true,
      }),
    );
    const [prefectures, specialties] = await Promise.all([
      manager.find(Prefecture, { order: { code: 'ASC' } }),
      manager.find(Specialty, { where: { ceilingExempt: false } }),
    ]);
    const rows = SAMPLE_CEILING_YEARS.flatMap((recruitmentYear) =>
      prefectures.flatMap((prefecture) =>
        specialties.map((specialty) => ({
          datasetId: dataset.id,
          recruitmentYear,
          prefectureCode: prefecture.code,
          specialtyCode: specialty.code,
          underCeiling: prefecture.indexClass === 'many',
          cap: null,
        })),
      ),
    );
    for (let i = 0; i < rows.length; i += 500) await manager.insert(CeilingValue, rows.slice(i, i + 500));
    return rows.length;
  }
}
