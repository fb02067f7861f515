import { Injectable } from '@nestjs/common';
import { CeilingDatasetResponse, EligibilityDatasetRef, EligibilityRuleSetSummary } from '@renkei/contract';
import {
  createEvaluator,
  exactRatio,
  ratioBand,
  type CeilingDataset,
  type Dataset,
  type DatasetSelection,
  type Evaluator,
  type EligibilityException as ExceptionDefinition,
  type PrefectureRecord,
  type RuleSet,
  type SpecialtyRecord,
  type SufficiencyDataset,
} from '@renkei/eligibility';
import { DataSource, EntityManager, In } from 'typeorm';
import { Prefecture } from '../reference-data/entities/prefecture.entity';
import { SecondaryMedicalArea } from '../reference-data/entities/secondary-medical-area.entity';
import { Specialty } from '../reference-data/entities/specialty.entity';
import { SufficiencyDataset as SufficiencyDatasetEntity } from '../reference-data/entities/sufficiency-dataset.entity';
import { SufficiencyValue } from '../reference-data/entities/sufficiency-value.entity';
import { CeilingDatasetRecord } from './entities/ceiling-dataset.entity';
import { CeilingValue } from './entities/ceiling-value.entity';
import { EligibilityExceptionRecord } from './entities/eligibility-exception.entity';
import { RuleSetRecord } from './entities/rule-set.entity';
import { unknownReference } from './eligibility.exception';

/** What the engine needs for one recruitment year, read fresh from the database (nothing cached across requests). */
export interface EngineInputs {
  record: RuleSetRecord;
  ruleSet: RuleSet;
  selection: DatasetSelection;
  datasets: Dataset[];
  specialties: SpecialtyRecord[];
  prefectures: PrefectureRecord[];
  exceptions: ExceptionDefinition[];
}

export interface SelectionOverride {
  sufficiency?: readonly string[];
  ceiling?: readonly string[];
}

/** Loads rule sets, datasets and reference records from the database into the engine's shapes. */
@Injectable()
export class EligibilityDataService {
  constructor(private readonly dataSource: DataSource) {}

  /** The active rule set of a year, the datasets it (or the override) selects, specialties, prefectures, active exceptions. */
  async loadForYear(year: number, override: SelectionOverride = {}, manager: EntityManager = this.dataSource.manager): Promise<EngineInputs> {
    const record = await this.findActiveRuleSet(year, manager);
    if (!record) {
      const years = await this.activeYears(manager);
      throw unknownReference({
        year: [`no active rule set for recruitment year ${year} (known: ${years.join(', ') || 'none'})`],
      });
    }
    return this.loadFor(record, override, manager);
  }

  async loadFor(record: RuleSetRecord, override: SelectionOverride = {}, manager: EntityManager = this.dataSource.manager): Promise<EngineInputs> {
    const ruleSet = record.definition;
    const selection: DatasetSelection = {
      sufficiency: [...(override.sufficiency ?? ruleSet.datasets.sufficiency)],
      ceiling: [...(override.ceiling ?? ruleSet.datasets.ceiling)],
    };
    // One after another: inside a transaction the manager has a single connection.
    const sufficiency = await this.loadSufficiencyDatasets(selection.sufficiency, manager);
    const ceiling = await this.loadCeilingDatasets(selection.ceiling, record.recruitmentYear, manager);
    const specialties = await this.loadSpecialties(manager);
    const prefectures = await this.loadPrefectures(manager);
    const exceptions = await manager.find(EligibilityExceptionRecord, { where: { active: true }, order: { createdAt: 'ASC' } });
    return {
      record,
      ruleSet,
      selection,
      datasets: [...sufficiency, ...ceiling],
      specialties,
      prefectures,
      exceptions: exceptions.map((e) => e.definition),
    };
  }

  findActiveRuleSet(year: number, manager: EntityManager = this.dataSource.manager): Promise<RuleSetRecord | null> {
    return manager.findOneBy(RuleSetRecord, {
      recruitmentYear: year,
      status: 'active',
    });
  }

  async activeYears(manager: EntityManager = this.dataSource.manager): Promise<number[]> {
    const rows = await manager.find(RuleSetRecord, {
      where: { status: 'active' },
      order: { recruitmentYear: 'ASC' },
    });
    return rows.map((r) => r.recruitmentYear);
  }

  async loadSufficiencyDatasets(codes: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<SufficiencyDataset[]> {
    if (codes.length === 0) return [];
    const entities = await manager.findBy(SufficiencyDatasetEntity, {
      code: In([...codes]),
    });
    if (entities.length === 0) return [];
    const values = await manager.findBy(SufficiencyValue, {
      datasetId: In(entities.map((e) => e.id)),
    });
    return entities.map((entity) =>
      toSufficiencyDataset(
        entity,
        values.filter((v) => v.datasetId === entity.id),
      ),
    );
  }

  async loadCeilingDatasets(
    codes: readonly string[],
    year: number | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CeilingDataset[]> {
    if (codes.length === 0) return [];
    const records = await manager.findBy(CeilingDatasetRecord, {
      code: In([...codes]),
    });
    if (records.length === 0) return [];
    const values = await manager.findBy(CeilingValue, {
      datasetId: In(records.map((r) => r.id)),
      ...(year === null ? {} : { recruitmentYear: year }),
    });
    return records.map((record) => ({
      kind: 'ceiling',
      code: record.code,
      nameJa: record.nameJa,
      nameEn: record.nameEn,
      sourceNote: record.sourceNote,
      sample: record.sample,
      rows: values
        .filter((v) => v.datasetId === record.id)
        .map((v) => ({
          recruitmentYear: v.recruitmentYear,
          prefectureCode: v.prefectureCode,
          specialtyCode: v.specialtyCode,
          underCeiling: v.underCeiling,
          cap: v.cap,
        })),
    }));
  }

  async loadSpecialties(manager: EntityManager = this.dataSource.manager): Promise<SpecialtyRecord[]> {
    const rows = await manager.find(Specialty, {
      order: { displayOrder: 'ASC' },
    });
    return rows.map(({ code, nameJa, nameEn, ceilingExempt }) => ({
      code,
      nameJa,
      nameEn,
      ceilingExempt,
    }));
  }

  async loadPrefectures(manager: EntityManager = this.dataSource.manager): Promise<PrefectureRecord[]> {
    const rows = await manager.find(Prefecture, { order: { code: 'ASC' } });
    return rows.map(({ code, nameJa, nameEn }) => ({ code, nameJa, nameEn }));
  }

  findArea(code: string): Promise<SecondaryMedicalArea | null> {
    return this.dataSource.manager.findOne(SecondaryMedicalArea, {
      where: { code },
      relations: { designation: true },
    });
  }

  specialtyExists(code: string): Promise<boolean> {
    return this.dataSource.manager.existsBy(Specialty, { code });
  }

  sufficiencyDatasetExists(code: string): Promise<boolean> {
    return this.dataSource.manager.existsBy(SufficiencyDatasetEntity, { code });
  }

  ceilingDatasetExists(code: string): Promise<boolean> {
    return this.dataSource.manager.existsBy(CeilingDatasetRecord, { code });
  }

  async listCeilingDatasets(): Promise<CeilingDatasetResponse[]> {
    const records = await this.dataSource.manager.find(CeilingDatasetRecord, {
      order: { code: 'ASC' },
    });
    const stats = await this.dataSource.manager
      .createQueryBuilder(CeilingValue, 'value')
      .select('value.datasetId', 'datasetId')
      .addSelect('COUNT(*)::int', 'count')
      .addSelect('array_agg(DISTINCT value.recruitmentYear ORDER BY value.recruitmentYear)', 'years')
      .groupBy('value.datasetId')
      .getRawMany<{ datasetId: string; count: number; years: number[] }>();
    const byDataset = new Map(stats.map((s) => [s.datasetId, s]));
    return records.map((r) => ({
      code: r.code,
      nameJa: r.nameJa,
      nameEn: r.nameEn,
      sourceNote: r.sourceNote,
      sample: r.sample,
      recruitmentYears: byDataset.get(r.id)?.years ?? [],
      rowCount: byDataset.get(r.id)?.count ?? 0,
    }));
  }
}

function toSufficiencyDataset(entity: SufficiencyDatasetEntity, values: SufficiencyValue[]): SufficiencyDataset {
  const unlisted =
    entity.unlistedLowerBound === null && entity.unlistedUpperBound === null ? null : ratioBand(entity.unlistedLowerBound, entity.unlistedUpperBound);
  return {
    kind: 'sufficiency',
    code: entity.code,
    nameJa: entity.nameJa,
    nameEn: entity.nameEn,
    sourceNote: entity.sourceNote,
    sample: false,
    specialtyCodes: entity.specialtyCodes,
    unlistedValue: unlisted,
    rows: values.map((v) => ({
      prefectureCode: v.prefectureCode,
      specialtyCode: v.specialtyCode,
      value: v.exact !== null ? exactRatio(v.exact) : ratioBand(v.lowerBound, v.upperBound),
    })),
  };
}

export function ruleSetSummary(record: RuleSetRecord): EligibilityRuleSetSummary {
  return {
    id: record.id,
    definitionId: record.definition.id,
    recruitmentYear: record.recruitmentYear,
    version: record.version,
    nameJa: record.definition.nameJa,
    nameEn: record.definition.nameEn,
    sourceNote: record.sourceNote,
  };
}

/** The datasets a decision read, in selection order, with their sample flag. */
export function datasetRefs(inputs: Pick<EngineInputs, 'datasets' | 'selection'>): EligibilityDatasetRef[] {
  const refs: EligibilityDatasetRef[] = [];
  for (const [kind, codes] of [
    ['sufficiency', inputs.selection.sufficiency],
    ['ceiling', inputs.selection.ceiling],
  ] as const) {
    for (const code of codes) {
      const dataset = inputs.datasets.find((d) => d.kind === kind && d.code === code);
      refs.push({
        code,
        kind,
        nameJa: dataset?.nameJa ?? code,
        nameEn: dataset?.nameEn ?? code,
        sample: dataset?.sample ?? false,
      });
    }
  }
  return refs;
}

/** The engine's evaluator over loaded inputs: the rule set, its datasets, specialties and active exceptions. */
export function evaluatorOf(inputs: EngineInputs): Evaluator {
  return createEvaluator({
    ruleSet: inputs.ruleSet,
    datasets: inputs.datasets,
    specialties: inputs.specialties,
    exceptions: inputs.exceptions,
    datasetSelection: inputs.selection,
  });
}
