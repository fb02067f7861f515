import { Injectable } from '@nestjs/common';
import { ImportSummaryResponse } from '@renkei/contract';
import { EntityManager } from 'typeorm';
import { CurrentUserContext } from '../accounts/access/current-user';
import { ValidationFailedException } from '../common/http/validation.exception';
import { readTabularFile, TableValidator } from '../common/tabular/tabular-file';
import { readDatasetFields } from '../imports/dataset-fields';
import { alreadyImported, immutableDatasetSummary, sameRows } from '../imports/immutable-dataset';
import { Importer, ImportPlan, ImportUpload } from '../imports/importer';
import { Prefecture } from './entities/prefecture.entity';
import { Specialty } from './entities/specialty.entity';
import { SufficiencyDataset } from './entities/sufficiency-dataset.entity';
import { SufficiencyValue } from './entities/sufficiency-value.entity';

export const SUFFICIENCY_COLUMNS = ['specialty_code', 'prefecture_code', 'ratio', 'ratio_lower_bound', 'ratio_upper_bound'] as const;

interface ValueRecord {
  specialtyCode: string;
  prefectureCode: string;
  exact: number | null;
  lowerBound: number | null;
  upperBound: number | null;
}

export interface SufficiencyDatasetPayload {
  code: string;
  nameJa: string;
  nameEn: string;
  sourceNote: string;
  /** `(x, ∞)` for covered prefectures the file does not list; null: they have no value. */
  unlistedLowerBound: number | null;
  specialtyCodes: string[];
  values: ValueRecord[];
}

/**
 * A new sufficiency dataset from the JMSB's file: one row per prefecture × specialty with an exact
 * `ratio` or a band `(ratio_lower_bound, ratio_upper_bound]`. Datasets are immutable once imported:
 * the same file again changes nothing; different figures need a new code.
 */
@Injectable()
export class SufficiencyDatasetImporter implements Importer<SufficiencyDatasetPayload> {
  readonly kind = 'sufficiency-dataset' as const;

  mayImport(user: CurrentUserContext): boolean {
    return user.roles.some((role) => role.role === 'jmsb');
  }

  async plan(upload: ImportUpload, manager: EntityManager): Promise<ImportPlan<SufficiencyDatasetPayload>> {
    const header = readHeaderFields(upload.fields);
    const table = await readTabularFile(upload.fileName, upload.content, SUFFICIENCY_COLUMNS);
    const check = new TableValidator(upload.fileName, SUFFICIENCY_COLUMNS);
    const specialties = new Set((await manager.find(Specialty)).map((specialty) => specialty.code));
    const prefectures = new Set((await manager.find(Prefecture)).map((prefecture) => prefecture.code));
    const seen = new Map<string, number>();
    const values: ValueRecord[] = [];
    for (const row of table.rows) {
      const specialtyCode = row.cell('specialty_code');
      const prefectureCode = row.cell('prefecture_code');
      if (!specialties.has(specialtyCode)) {
        check.report(row, 'specialty_code', `"${specialtyCode}" is not a known specialty code`);
      }
      if (!prefectures.has(prefectureCode)) {
        check.report(row, 'prefecture_code', `"${prefectureCode}" is not a prefecture code (01–47)`);
      }
      const exact = check.number(row, 'ratio', {
        optional: true,
        min: 0,
        max: 5,
      });
      const lowerBound = check.number(row, 'ratio_lower_bound', {
        optional: true,
        min: 0,
        max: 5,
      });
      const upperBound = check.number(row, 'ratio_upper_bound', {
        optional: true,
        min: 0,
        max: 5,
      });
      if (
        exact === undefined ||
        lowerBound === undefined ||
        upperBound === undefined ||
        !specialties.has(specialtyCode) ||
        !prefectures.has(prefectureCode)
      ) {
        continue;
      }
      if (exact !== null && (lowerBound !== null || upperBound !== null)) {
        check.report(row, 'ratio', 'give either an exact ratio or a band, not both');
      } else if (exact === null && lowerBound === null && upperBound === null) {
        check.report(row, 'ratio', 'give an exact ratio or at least one band bound');
      } else if (lowerBound !== null && upperBound !== null && lowerBound >= upperBound) {
        check.report(row, 'ratio_lower_bound', `the lower bound ${lowerBound} must be below the upper bound ${upperBound}`);
      } else if (check.unique(seen, `${specialtyCode}/${prefectureCode}`, row, 'prefecture_code')) {
        values.push({
          specialtyCode,
          prefectureCode,
          exact,
          lowerBound,
          upperBound,
        });
      }
    }
    const payload: SufficiencyDatasetPayload = {
      ...header,
      specialtyCodes: [...new Set(values.map((value) => value.specialtyCode))].sort(),
      values,
    };
    const issues = [...table.issues, ...check.issues];
    const existing = await this.existingValues(manager, header.code);
    const state = !existing ? 'none' : issues.length > 0 || sameDataset(existing, payload) ? 'same-figures' : 'other-figures';
    return {
      payload,
      issues,
      summary: immutableDatasetSummary(
        header.code,
        table.rows.length,
        values.length,
        state,
        `New dataset ${header.code}: ${values.length} values for ${payload.specialtyCodes.length} specialties.`,
      ),
    };
  }

  async commit(payload: SufficiencyDatasetPayload, manager: EntityManager): Promise<ImportSummaryResponse> {
    if (await manager.existsBy(SufficiencyDataset, { code: payload.code })) {
      return alreadyImported(payload.code, payload.values.length);
    }
    const dataset = await manager.save(
      manager.create(SufficiencyDataset, {
        code: payload.code,
        nameJa: payload.nameJa,
        nameEn: payload.nameEn,
        sourceNote: payload.sourceNote,
        specialtyCodes: payload.specialtyCodes,
        unlistedLowerBound: payload.unlistedLowerBound,
        unlistedUpperBound: null,
      }),
    );
    await manager.insert(
      SufficiencyValue,
      payload.values.map((value) => ({ ...value, datasetId: dataset.id })),
    );
    return {
      rows: payload.values.length,
      created: payload.values.length,
      updated: 0,
      unchanged: 0,
      description: `Imported dataset ${payload.code}: ${payload.values.length} values.`,
    };
  }

  private async existingValues(manager: EntityManager, code: string): Promise<SufficiencyDatasetPayload | null> {
    const dataset = await manager.findOneBy(SufficiencyDataset, { code });
    if (!dataset) {
      return null;
    }
    const values = await manager.find(SufficiencyValue, {
      where: { datasetId: dataset.id },
    });
    return {
      code,
      nameJa: dataset.nameJa,
      nameEn: dataset.nameEn,
      sourceNote: dataset.sourceNote,
      unlistedLowerBound: dataset.unlistedLowerBound,
      specialtyCodes: [...dataset.specialtyCodes].sort(),
      values: values.map(({ specialtyCode, prefectureCode, exact, lowerBound, upperBound }) => ({
        specialtyCode,
        prefectureCode,
        exact,
        lowerBound,
        upperBound,
      })),
    };
  }
}

function readHeaderFields(fields: Record<string, string>): Omit<SufficiencyDatasetPayload, 'specialtyCodes' | 'values'> {
  const header = readDatasetFields(fields, ['unlistedAbove']);
  const unlisted = (fields['unlistedAbove'] ?? '').trim();
  if (unlisted && (!/^\d+(\.\d+)?$/.test(unlisted) || Number(unlisted) > 5)) {
    throw new ValidationFailedException({
      unlistedAbove: ['unlistedAbove must be a ratio such as 0.8 (covered prefectures not listed are above it)'],
    });
  }
  return { ...header, unlistedLowerBound: unlisted ? Number(unlisted) : null };
}

function sameDataset(a: SufficiencyDatasetPayload, b: SufficiencyDatasetPayload): boolean {
  const key = (value: ValueRecord) => `${value.specialtyCode}/${value.prefectureCode}/${value.exact}/${value.lowerBound}/${value.upperBound}`;
  return a.unlistedLowerBound === b.unlistedLowerBound && sameRows(a.values, b.values, key);
}
