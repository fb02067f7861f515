import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  PrefectureDetailResponse,
  PrefectureResponse,
  SpecialtyResponse,
  SufficiencyDatasetResponse,
  SufficiencyDatasetSummaryResponse,
} from '@renkei/contract';
import { Repository } from 'typeorm';
import { Prefecture } from './entities/prefecture.entity';
import { SecondaryMedicalArea } from './entities/secondary-medical-area.entity';
import { Specialty } from './entities/specialty.entity';
import { SufficiencyDataset } from './entities/sufficiency-dataset.entity';
import { SufficiencyValue } from './entities/sufficiency-value.entity';
import { ReferenceDataErrorCode, ReferenceDataException } from './reference-data.exception';

@Injectable()
export class ReferenceDataService {
  constructor(
    @InjectRepository(Prefecture)
    private readonly prefectures: Repository<Prefecture>,
    @InjectRepository(SecondaryMedicalArea)
    private readonly areas: Repository<SecondaryMedicalArea>,
    @InjectRepository(Specialty)
    private readonly specialties: Repository<Specialty>,
    @InjectRepository(SufficiencyDataset)
    private readonly datasets: Repository<SufficiencyDataset>,
    @InjectRepository(SufficiencyValue)
    private readonly values: Repository<SufficiencyValue>,
  ) {}

  async listPrefectures(): Promise<PrefectureResponse[]> {
    const prefectures = await this.prefectures.find({ order: { code: 'ASC' } });
    return prefectures.map(toPrefectureResponse);
  }

  async getPrefecture(code: string): Promise<PrefectureDetailResponse> {
    const prefecture = await this.prefectures.findOneBy({ code });
    if (!prefecture) {
      throw new ReferenceDataException(ReferenceDataErrorCode.PrefectureNotFound, `Prefecture ${code} does not exist (codes run from 01 to 47).`);
    }
    const areas = await this.areas.find({
      where: { prefectureCode: code },
      relations: { designation: true },
      order: { code: 'ASC' },
    });
    return {
      ...toPrefectureResponse(prefecture),
      secondaryMedicalAreas: areas.map((area) => ({
        code: area.code,
        nameJa: area.nameJa,
        physicianDistributionIndex: area.physicianDistributionIndex,
        indexClass: area.indexClass,
        physicianScarce: area.designation?.physicianScarce ?? area.indexClass === 'few',
        designation: {
          source: area.designation?.source ?? 'index-default',
          reason: area.designation?.reason ?? null,
          version: area.designation?.version ?? 0,
        },
      })),
    };
  }

  async listSpecialties(): Promise<SpecialtyResponse[]> {
    const specialties = await this.specialties.find({
      order: { displayOrder: 'ASC' },
    });
    return specialties.map(({ code, nameJa, nameEn, ceilingExempt }) => ({
      code,
      nameJa,
      nameEn,
      ceilingExempt,
    }));
  }

  async listSufficiencyDatasets(): Promise<SufficiencyDatasetSummaryResponse[]> {
    const datasets = await this.datasets.find({ order: { code: 'DESC' } });
    const counts = await this.values
      .createQueryBuilder('value')
      .select('value.datasetId', 'datasetId')
      .addSelect('COUNT(*)::int', 'count')
      .groupBy('value.datasetId')
      .getRawMany<{ datasetId: string; count: number }>();
    const countByDataset = new Map(counts.map((row) => [row.datasetId, row.count]));
    return datasets.map((dataset) => toDatasetSummary(dataset, countByDataset.get(dataset.id) ?? 0));
  }

  async getSufficiencyDataset(code: string, specialtyCode?: string): Promise<SufficiencyDatasetResponse> {
    const dataset = await this.datasets.findOneBy({ code });
    if (!dataset) {
      throw new ReferenceDataException(ReferenceDataErrorCode.DatasetNotFound, `Sufficiency dataset ${code} does not exist.`);
    }
    if (specialtyCode && !(await this.specialties.existsBy({ code: specialtyCode }))) {
      throw new ReferenceDataException(ReferenceDataErrorCode.UnknownSpecialty, `specialty: ${specialtyCode} is not a known specialty.`, {
        specialty: [`${specialtyCode} is not a known specialty`],
      });
    }
    const [prefectures, values] = await Promise.all([
      this.prefectures.find({ order: { code: 'ASC' } }),
      this.values.find({
        where: {
          datasetId: dataset.id,
          ...(specialtyCode ? { specialtyCode } : {}),
        },
        order: { specialtyCode: 'ASC' },
      }),
    ]);
    const totalCount = specialtyCode ? await this.values.countBy({ datasetId: dataset.id }) : values.length;
    return {
      ...toDatasetSummary(dataset, totalCount),
      prefectures: prefectures.map((prefecture) => ({
        prefectureCode: prefecture.code,
        prefectureNameJa: prefecture.nameJa,
        prefectureNameEn: prefecture.nameEn,
        bands: values
          .filter((value) => value.prefectureCode === prefecture.code)
          .map(({ specialtyCode: specialty, exact, lowerBound, upperBound }) => ({
            specialtyCode: specialty,
            exact,
            lowerBound,
            upperBound,
          })),
      })),
    };
  }
}

function toPrefectureResponse(prefecture: Prefecture): PrefectureResponse {
  const { code, nameJa, nameEn, block, physicianDistributionIndex, indexClass } = prefecture;
  return {
    code,
    nameJa,
    nameEn,
    block,
    physicianDistributionIndex,
    indexClass,
  };
}

function toDatasetSummary(dataset: SufficiencyDataset, bandCount: number): SufficiencyDatasetSummaryResponse {
  return {
    code: dataset.code,
    nameJa: dataset.nameJa,
    nameEn: dataset.nameEn,
    sourceNote: dataset.sourceNote,
    specialtyCodes: dataset.specialtyCodes,
    unlistedRatio: {
      exact: null,
      lowerBound: dataset.unlistedLowerBound,
      upperBound: dataset.unlistedUpperBound,
    },
    bandCount,
  };
}
