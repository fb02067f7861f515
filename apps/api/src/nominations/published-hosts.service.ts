import { Injectable } from '@nestjs/common';
import { AcceptablePeriod, PublishedHostRow, PublishedHostsResponse } from '@renkei/contract';
import { DataSource } from 'typeorm';
import { toCsv } from '../common/tabular/csv-writer';
import { toXlsx } from '../common/tabular/xlsx-writer';
import { Prefecture } from '../reference-data/entities/prefecture.entity';
import { Specialty } from '../reference-data/entities/specialty.entity';
import { NominationRound } from './entities/nomination-round.entity';
import { PublishedHost } from './entities/published-host.entity';
import { NominationsErrorCode, NominationsException } from './nominations.exception';

/** Seed p. 40 columns, then capacity, periods and the sample marker. */
const EXPORT_HEADER = [
  '施設管理コード (facility code)',
  '連携区分名 (category)',
  '領域 (specialty)',
  '都道府県 (prefecture)',
  '住所 (address)',
  '施設名 (facility name)',
  '受入可能数 (acceptable number)',
  '受入可能時期 (periods)',
  'サンプル (sample data)',
];

export interface PublishedRoundSummary {
  id: string;
  recruitmentYear: number;
  publishedAt: string;
  hostCount: number;
}

/** The public host list of a published round, and its spreadsheet exports. */
@Injectable()
export class PublishedHostsService {
  constructor(private readonly dataSource: DataSource) {}

  async publishedRounds(): Promise<PublishedRoundSummary[]> {
    const rows = await this.dataSource
      .getRepository(NominationRound)
      .createQueryBuilder('round')
      .leftJoin(PublishedHost, 'host', 'host.roundId = round.id')
      .select([
        'round.id AS id',
        'round.recruitmentYear AS "recruitmentYear"',
        'round.publishedAt AS "publishedAt"',
        'COUNT(host.id)::int AS "hostCount"',
      ])
      .where("round.status = 'published'")
      .groupBy('round.id')
      .orderBy('round.recruitmentYear', 'DESC')
      .getRawMany<{ id: string; recruitmentYear: number; publishedAt: Date; hostCount: number }>();
    return rows.map((row) => ({ ...row, publishedAt: new Date(row.publishedAt).toISOString() }));
  }

  async list(roundId: string): Promise<PublishedHostsResponse> {
    const round = await this.dataSource.getRepository(NominationRound).findOneBy({ id: roundId });
    if (!round || round.status !== 'published' || !round.publishedAt) {
      throw new NominationsException(NominationsErrorCode.NotPublished, 'This round has not published its hosts.');
    }
    const [hosts, prefectures, specialties] = await Promise.all([
      this.dataSource
        .getRepository(PublishedHost)
        .find({ where: { roundId }, order: { prefectureCode: 'ASC', specialtyCode: 'ASC', facilityCode: 'ASC', categoryCode: 'ASC' } }),
      this.dataSource.getRepository(Prefecture).find(),
      this.dataSource.getRepository(Specialty).find(),
    ]);
    const prefectureByCode = new Map(prefectures.map((prefecture) => [prefecture.code, prefecture]));
    const specialtyByCode = new Map(specialties.map((specialty) => [specialty.code, specialty]));
    return {
      roundId,
      recruitmentYear: round.recruitmentYear,
      publishedAt: round.publishedAt.toISOString(),
      hosts: hosts.map((host) => ({
        facilityCode: host.facilityCode,
        categoryCode: host.categoryCode as PublishedHostRow['categoryCode'],
        categoryNameJa: host.categoryNameJa,
        categoryNameEn: host.categoryNameEn,
        specialtyCode: host.specialtyCode,
        specialtyNameJa: specialtyByCode.get(host.specialtyCode)?.nameJa ?? host.specialtyCode,
        specialtyNameEn: specialtyByCode.get(host.specialtyCode)?.nameEn ?? host.specialtyCode,
        prefectureCode: host.prefectureCode,
        prefectureNameJa: prefectureByCode.get(host.prefectureCode)?.nameJa ?? host.prefectureCode,
        prefectureNameEn: prefectureByCode.get(host.prefectureCode)?.nameEn ?? host.prefectureCode,
        address: host.address,
        facilityName: host.facilityName,
        acceptableNumber: host.acceptableNumber,
        acceptablePeriods: host.acceptablePeriods,
        sample: host.sample,
      })),
    };
  }

  async csv(roundId: string): Promise<{ fileName: string; content: string }> {
    const published = await this.list(roundId);
    return { fileName: exportFileName(published, 'csv'), content: toCsv(EXPORT_HEADER, exportRows(published)) };
  }

  async xlsx(roundId: string): Promise<{ fileName: string; content: Buffer }> {
    const published = await this.list(roundId);
    return {
      fileName: exportFileName(published, 'xlsx'),
      content: await toXlsx(`${published.recruitmentYear}`, EXPORT_HEADER, exportRows(published)),
    };
  }
}

function exportRows(published: PublishedHostsResponse): (string | number)[][] {
  return published.hosts.map((host) => [
    host.facilityCode,
    host.categoryNameJa,
    host.specialtyNameJa,
    host.prefectureNameJa,
    host.address,
    host.facilityName,
    host.acceptableNumber,
    formatPeriods(host.acceptablePeriods),
    host.sample ? 'サンプル' : '',
  ]);
}

export function formatPeriods(periods: AcceptablePeriod[]): string {
  return periods.map((period) => `${period.startMonth}〜${period.months}か月`).join('、');
}

function exportFileName(published: PublishedHostsResponse, extension: 'csv' | 'xlsx'): string {
  return `renkei-hosts-${published.recruitmentYear}.${extension}`;
}
