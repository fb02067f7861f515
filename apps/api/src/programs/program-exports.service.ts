import { Injectable } from '@nestjs/common';
import { ConnectionRequestStatus, ProgramListQuery, ProgramResponse } from '@renkei/contract';
import { DataSource } from 'typeorm';
import { CurrentUserContext } from '../accounts/access/current-user';
import { toCsv } from '../common/tabular/csv-writer';
import { toXlsx } from '../common/tabular/xlsx-writer';
import { Prefecture } from '../reference-data/entities/prefecture.entity';
import { Specialty } from '../reference-data/entities/specialty.entity';
import { ProgramsService } from './programs.service';

const EXPORT_HEADER = [
  '募集年度 (recruitment year)',
  '基幹施設コード (base facility code)',
  '基幹施設名 (base facility)',
  '基幹施設の都道府県 (base prefecture)',
  '領域 (specialty)',
  '連携区分 (category)',
  '募集定員 (places)',
  '採用数 (recruited)',
  '連携先施設コード (host facility code)',
  '連携先施設名 (host facility)',
  '連携先の都道府県 (host prefecture)',
  '依頼人数 (places requested)',
  '依頼期間・月 (months requested)',
  '状態 (status)',
  '受入人数 (places accepted)',
  '受入期間・月 (months accepted)',
  '辞退理由 (decline reason)',
  '回答日時 (responded at)',
  'ローテーション実績 (rotations)',
];

const STATUS_NAMES: Record<ConnectionRequestStatus, string> = {
  pending: '回答待ち (pending)',
  accepted: '受入 (accepted)',
  declined: '辞退 (declined)',
  withdrawn: '取下げ (withdrawn)',
};

/** Every program × request row for the JMSB, as CSV or .xlsx (formula-safe like every export). */
@Injectable()
export class ProgramExportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly programs: ProgramsService,
  ) {}

  async csv(actor: CurrentUserContext, query: ProgramListQuery): Promise<{ fileName: string; content: string }> {
    return { fileName: fileName(query, 'csv'), content: toCsv(EXPORT_HEADER, await this.rows(actor, query)) };
  }

  async xlsx(actor: CurrentUserContext, query: ProgramListQuery): Promise<{ fileName: string; content: Buffer }> {
    return { fileName: fileName(query, 'xlsx'), content: await toXlsx('programs', EXPORT_HEADER, await this.rows(actor, query)) };
  }

  private async rows(actor: CurrentUserContext, query: ProgramListQuery): Promise<(string | number | null)[][]> {
    const [programs, prefectures, specialties] = await Promise.all([
      this.programs.list(actor, query),
      this.dataSource.manager.find(Prefecture),
      this.dataSource.manager.find(Specialty),
    ]);
    const prefectureName = new Map(prefectures.map((prefecture) => [prefecture.code, prefecture.nameJa]));
    const specialtyName = new Map(specialties.map((specialty) => [specialty.code, specialty.nameJa]));
    return [...programs]
      .sort(byYearAndBase)
      .flatMap((program) =>
        program.requests.map((request) => [
          program.recruitmentYear,
          program.base.facilityCode,
          program.base.name,
          prefectureName.get(program.base.prefectureCode) ?? program.base.prefectureCode,
          specialtyName.get(program.specialtyCode) ?? program.specialtyCode,
          program.decisions.find((decision) => decision.hostFacilityId === request.host.id)?.result.nameJa ?? program.categoryCode,
          program.places,
          program.recruited,
          request.host.facilityCode,
          request.host.name,
          prefectureName.get(request.host.prefectureCode) ?? request.host.prefectureCode,
          request.placesRequested,
          request.monthsRequested,
          STATUS_NAMES[request.status],
          request.placesAccepted,
          request.monthsAccepted,
          request.declineReason,
          request.respondedAt,
          request.rotations.map((rotation) => `${rotation.residentLabel} ${rotation.startedOn}〜${rotation.endedOn ?? ''}`).join('、'),
        ]),
      );
  }
}

function byYearAndBase(left: ProgramResponse, right: ProgramResponse): number {
  return (
    left.recruitmentYear - right.recruitmentYear ||
    left.base.facilityCode.localeCompare(right.base.facilityCode) ||
    left.createdAt.localeCompare(right.createdAt)
  );
}

function fileName(query: ProgramListQuery, extension: 'csv' | 'xlsx'): string {
  return `renkei-programs${query.year ? `-${query.year}` : ''}.${extension}`;
}
