import { Injectable } from '@nestjs/common';
import {
  AnalyticsEnvelope,
  AnalyticsQuery,
  AnalyticsView,
  ConcentrationQuery,
  FunnelOutcome,
  FunnelQuery,
  JapanHalf,
  RegionalBlock,
} from '@renkei/contract';
import type { EligibilityStatus } from '@renkei/eligibility';
import { DataSource } from 'typeorm';
import { toCsv } from '../common/tabular/csv-writer';
import { toXlsx } from '../common/tabular/xlsx-writer';
import { Prefecture } from '../reference-data/entities/prefecture.entity';
import { Specialty } from '../reference-data/entities/specialty.entity';
import { CapacityDemandService } from './capacity-demand.service';
import { ConcentrationService } from './concentration.service';
import { FunnelService } from './funnel.service';

export type ExportFormat = 'csv' | 'xlsx';

export interface ExportFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

type Cell = string | number | null;

const OUTCOME_NAMES: Record<FunnelOutcome, string> = {
  'not-nominated-category': '推薦の対象でない区分 (category without nominations)',
  'eligibility-undetermined': '判定不能 (eligibility undetermined)',
  'no-eligible-facility': '対象となる施設がない (no eligible facility)',
  'eligible-not-nominated': '対象だが推薦なし (eligible but not nominated)',
  'nominated-not-confirmed': '推薦済み・学会未確認 (nominated, not confirmed)',
  'confirmed-not-published': '学会確認済み・未公表 (confirmed, not published)',
  'published-no-program': '公表済み・プログラムなし (published but no program)',
  'requested-awaiting-answer': '依頼済み・回答待ち (requested, awaiting answer)',
  'requested-declined': '依頼したが辞退 (requested but declined)',
  'results-not-reported': '受入済み・採用結果未報告 (accepted, results not reported)',
  'accepted-not-recruited': '受入済みだが採用なし (accepted but not recruited)',
  'recruited-did-not-go': '採用したが研修実績なし (recruited but did not go)',
  complete: '実績まで到達 (complete)',
};

const STATUS_NAMES: Record<EligibilityStatus, string> = {
  eligible: '対象 (eligible)',
  conditional: '条件付き (conditional)',
  ineligible: '対象外 (not eligible)',
  undetermined: '判定不能 (undetermined)',
};

const BLOCK_NAMES: Record<RegionalBlock, string> = {
  hokkaido: '北海道 (Hokkaido)',
  tohoku: '東北 (Tohoku)',
  kanto: '関東 (Kanto)',
  chubu: '中部 (Chubu)',
  kinki: '近畿 (Kinki)',
  chugoku: '中国 (Chugoku)',
  shikoku: '四国 (Shikoku)',
  kyushu: '九州 (Kyushu)',
};

const HALF_NAMES: Record<JapanHalf, string> = { east: '東日本 (East)', west: '西日本 (West)' };

/** Each analytics view as the table it shows, downloadable as CSV or .xlsx (formula-safe like every export). */
@Injectable()
export class AnalyticsExportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly funnels: FunnelService,
    private readonly capacity: CapacityDemandService,
    private readonly concentrations: ConcentrationService,
  ) {}

  async funnel(query: FunnelQuery, format: ExportFormat): Promise<ExportFile> {
    const [view, names] = await Promise.all([this.funnels.funnel(query), this.names()]);
    const category = view.categories.find((candidate) => candidate.code === view.category)?.nameJa ?? view.category;
    const header = [
      '募集年度 (recruitment year)',
      '都道府県 (prefecture)',
      '領域 (specialty)',
      '連携区分 (category)',
      '都道府県単位の判定 (prefecture-level status)',
      '対象施設 (eligible facilities)',
      '判定不能の施設 (undetermined facilities)',
      '推薦 (candidates)',
      '学会確認 (confirmed)',
      '公表 (published)',
      '受入可能数 (acceptable number)',
      '依頼 (places requested)',
      '受入 (accepted)',
      '採用 (recruited)',
      '研修実績 (rotated)',
      '途切れた段階 (where the chain breaks)',
      '理由 (reasons)',
    ];
    const rows = view.cells.map((cell) => [
      view.round.recruitmentYear,
      names.prefecture(cell.prefectureCode),
      names.specialty(cell.specialtyCode),
      category,
      STATUS_NAMES[cell.prefectureStatus],
      cell.eligible,
      cell.undetermined,
      cell.candidates,
      cell.confirmed,
      cell.published,
      cell.acceptableNumber,
      cell.requested,
      cell.accepted,
      cell.recruited,
      cell.rotated,
      OUTCOME_NAMES[cell.outcome],
      cell.reasons.map((reason) => reason.messageJa).join(' / '),
    ]);
    return file('funnel', view, [query.prefecture, query.block, query.specialty, query.category, query.outcome], header, rows, format);
  }

  async capacityDemand(query: AnalyticsQuery, format: ExportFormat): Promise<ExportFile> {
    const [view, names] = await Promise.all([this.capacity.capacityDemand(query), this.names()]);
    const header = [
      '募集年度 (recruitment year)',
      '領域 (specialty)',
      'ブロック (block)',
      '東西 (half)',
      '受入施設数 (hosts)',
      '受入可能数 (acceptable number)',
      '依頼 (places requested)',
      '受入 (accepted)',
      '残り (remaining)',
    ];
    const rows = view.rows.map((row) => [
      view.round.recruitmentYear,
      names.specialty(row.specialtyCode),
      BLOCK_NAMES[row.block],
      HALF_NAMES[row.half],
      row.hosts,
      row.acceptableNumber,
      row.requested,
      row.accepted,
      row.acceptableNumber - row.accepted,
    ]);
    // East and West Japan after the blocks, as totals of their specialty.
    const halves = view.halves.map((half) => [
      view.round.recruitmentYear,
      names.specialty(half.specialtyCode),
      '（計）',
      HALF_NAMES[half.half],
      half.hosts,
      half.acceptableNumber,
      half.requested,
      half.accepted,
      half.acceptableNumber - half.accepted,
    ]);
    return file('capacity-demand', view, [query.prefecture, query.block, query.specialty], header, [...rows, ...halves], format);
  }

  async concentration(query: ConcentrationQuery, format: ExportFormat): Promise<ExportFile> {
    const [view, names] = await Promise.all([this.concentrations.concentration(query), this.names()]);
    const basis = view.basis === 'accepted' ? '受入 (accepted)' : '採用 (recruited)';
    const header = [
      '募集年度 (recruitment year)',
      '都道府県 (prefecture)',
      '領域 (specialty)',
      `集計の基準 (basis)`,
      '公表された受入施設 (published hosts)',
      '専攻医のいる施設 (hosts with residents)',
      '合計 (total)',
      '最多の施設 (top host)',
      '最多の施設の割合 (top share)',
      'ハーフィンダール指数 (Herfindahl index)',
      `集中の注意 (flagged at ≥ ${view.threshold})`,
    ];
    const rows = view.rows.map((row) => [
      view.round.recruitmentYear,
      names.prefecture(row.prefectureCode),
      names.specialty(row.specialtyCode),
      basis,
      row.publishedHosts,
      row.hostsWithResidents,
      row.total,
      row.topHost ? `${row.topHost.name} (${row.topHost.facilityCode})` : null,
      row.topShare === null ? null : round3(row.topShare),
      row.herfindahl === null ? null : round3(row.herfindahl),
      row.flagged ? '注意 (flagged)' : '',
    ]);
    return file('concentration', view, [query.prefecture, query.block, query.specialty, query.basis], header, rows, format);
  }

  private async names(): Promise<{ prefecture: (code: string) => string; specialty: (code: string) => string }> {
    const [prefectures, specialties] = await Promise.all([this.dataSource.manager.find(Prefecture), this.dataSource.manager.find(Specialty)]);
    const prefectureNames = new Map(prefectures.map((prefecture) => [prefecture.code, prefecture.nameJa]));
    const specialtyNames = new Map(specialties.map((specialty) => [specialty.code, specialty.nameJa]));
    return {
      prefecture: (code) => prefectureNames.get(code) ?? code,
      specialty: (code) => specialtyNames.get(code) ?? code,
    };
  }
}

async function file(
  view: AnalyticsView,
  envelope: AnalyticsEnvelope,
  /** The filters asked for, so that two downloads of different filters get different names. */
  filters: (string | undefined)[],
  header: string[],
  rows: Cell[][],
  format: ExportFormat,
): Promise<ExportFile> {
  const scope = [envelope.round.recruitmentYear, ...filters].filter(Boolean).join('-');
  const fileName = `renkei-${view}-${scope}.${format}`;
  return format === 'csv'
    ? { fileName, contentType: 'text/csv; charset=utf-8', content: Buffer.from(toCsv(header, rows), 'utf8') }
    : { fileName, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', content: await toXlsx(view, header, rows) };
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
