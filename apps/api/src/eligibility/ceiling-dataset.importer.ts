import { Injectable } from '@nestjs/common';
import { ImportSummaryResponse } from '@renkei/contract';
import { EntityManager } from 'typeorm';
import { CurrentUserContext } from '../accounts/access/current-user';
import { readTabularFile, TableValidator } from '../common/tabular/tabular-file';
import { DatasetHeader, readDatasetFields } from '../imports/dataset-fields';
import { alreadyImported, immutableDatasetSummary, sameRows } from '../imports/immutable-dataset';
import { Importer, ImportPlan, ImportUpload } from '../imports/importer';
import { Prefecture } from '../reference-data/entities/prefecture.entity';
import { Specialty } from '../reference-data/entities/specialty.entity';
import { CeilingDatasetRecord } from './entities/ceiling-dataset.entity';
import { CeilingValue } from './entities/ceiling-value.entity';

export const CEILING_COLUMNS = ['recruitment_year', 'specialty_code', 'prefecture_code', 'under_ceiling', 'cap'] as const;

interface CeilingRecord {
  recruitmentYear: number;
  specialtyCode: string;
  prefectureCode: string;
  underCeiling: boolean;
  cap: number | null;
}

export interface CeilingDatasetPayload extends DatasetHeader {
  values: CeilingRecord[];
}

/**
 * A ceiling dataset (シーリング) from the JMSB's file: per recruitment year × prefecture × specialty,
 * whether the ceiling applies and its cap. Immutable once imported, like sufficiency datasets.
 */
@Injectable()
export class CeilingDatasetImporter implements Importer<CeilingDatasetPayload> {
  readonly kind = 'ceiling-dataset' as const;

  mayImport(user: CurrentUserContext): boolean {
    return user.roles.some((role) => role.role === 'jmsb');
  }

  async plan(upload: ImportUpload, manager: EntityManager): Promise<ImportPlan<CeilingDatasetPayload>> {
    const header = readDatasetFields(upload.fields);
    const table = await readTabularFile(upload.fileName, upload.content, CEILING_COLUMNS);
    const check = new TableValidator(upload.fileName, CEILING_COLUMNS);
    const specialties = new Map((await manager.find(Specialty)).map((specialty) => [specialty.code, specialty]));
    const prefectures = new Set((await manager.find(Prefecture)).map((prefecture) => prefecture.code));
    const seen = new Map<string, number>();
    const values: CeilingRecord[] = [];
    for (const row of table.rows) {
      const recruitmentYear = check.number(row, 'recruitment_year', {
        min: 2018,
        max: 2100,
      });
      const specialtyCode = row.cell('specialty_code');
      const prefectureCode = row.cell('prefecture_code');
      const underCeiling = check.oneOf(row, 'under_ceiling', ['true', 'false'] as const);
      const cap = check.number(row, 'cap', {
        optional: true,
        min: 0,
        max: 10000,
      });
      const specialty = specialties.get(specialtyCode);
      if (!specialty) {
        check.report(row, 'specialty_code', `"${specialtyCode}" is not a known specialty code`);
      } else if (specialty.ceilingExempt && underCeiling === 'true') {
        check.report(row, 'under_ceiling', `${specialtyCode} is exempt from ceilings`);
      }
      if (!prefectures.has(prefectureCode)) {
        check.report(row, 'prefecture_code', `"${prefectureCode}" is not a prefecture code (01–47)`);
      }
      if (underCeiling === 'false' && typeof cap === 'number') {
        check.report(row, 'cap', 'a cap only applies under the ceiling');
      }
      if (
        typeof recruitmentYear === 'number' &&
        Number.isInteger(recruitmentYear) &&
        specialty &&
        prefectures.has(prefectureCode) &&
        underCeiling &&
        cap !== undefined &&
        !(specialty.ceilingExempt && underCeiling === 'true') &&
        !(underCeiling === 'false' && typeof cap === 'number') &&
        check.unique(seen, `${recruitmentYear}/${specialtyCode}/${prefectureCode}`, row, 'prefecture_code')
      ) {
        values.push({
          recruitmentYear,
          specialtyCode,
          prefectureCode,
          underCeiling: underCeiling === 'true',
          cap,
        });
      }
    }
    const issues = [...table.issues, ...check.issues];
    const payload = { ...header, values };
    const existing = await this.existingValues(manager, header.code);
    const state = !existing ? 'none' : issues.length > 0 || sameRows(existing, values, rowKey) ? 'same-figures' : 'other-figures';
    return {
      payload,
      issues,
      summary: immutableDatasetSummary(
        header.code,
        table.rows.length,
        values.length,
        state,
        `New ceiling dataset ${header.code}: ${values.length} rows.`,
      ),
    };
  }

  async commit(payload: CeilingDatasetPayload, manager: EntityManager): Promise<ImportSummaryResponse> {
    if (await manager.existsBy(CeilingDatasetRecord, { code: payload.code })) {
      return alreadyImported(payload.code, payload.values.length);
    }
    const dataset = await manager.save(
      manager.create(CeilingDatasetRecord, {
        code: payload.code,
        nameJa: payload.nameJa,
        nameEn: payload.nameEn,
        sourceNote: payload.sourceNote,
        sample: false,
      }),
    );
    await manager.insert(
      CeilingValue,
      payload.values.map((value) => ({ ...value, datasetId: dataset.id })),
    );
    return {
      rows: payload.values.length,
      created: payload.values.length,
      updated: 0,
      unchanged: 0,
      description: `Imported ceiling dataset ${payload.code}: ${payload.values.length} rows.`,
    };
  }

  private async existingValues(manager: EntityManager, code: string): Promise<CeilingRecord[] | null> {
    const dataset = await manager.findOneBy(CeilingDatasetRecord, { code });
    if (!dataset) {
      return null;
    }
    const values = await manager.find(CeilingValue, {
      where: { datasetId: dataset.id },
    });
    return values.map(({ recruitmentYear, specialtyCode, prefectureCode, underCeiling, cap }) => ({
      recruitmentYear,
      specialtyCode,
      prefectureCode,
      underCeiling,
      cap,
    }));
  }
}

function rowKey(value: CeilingRecord): string {
  return `${value.recruitmentYear}/${value.specialtyCode}/${value.prefectureCode}/${value.underCeiling}/${value.cap}`;
}
