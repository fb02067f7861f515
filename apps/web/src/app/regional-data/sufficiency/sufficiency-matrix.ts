import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import {
  PrefectureResponse,
  PrefectureSufficiencyResponse,
  REGIONAL_BLOCKS,
  RegionalBlock,
  SpecialtyResponse,
  SufficiencyDatasetResponse,
} from '@renkei/contract';
import { BilingualName, LocalizedNamePipe } from '../../core/locale/localized-name.pipe';
import { REGIONAL_BLOCK_LABELS } from '../labels/regional-block-labels';
import { BandCell } from './band-cell';
import { BandCellValue, bandCell } from './sufficiency-band';

interface MatrixRow {
  prefecture: PrefectureSufficiencyResponse;
  name: BilingualName;
  cells: { specialtyCode: string; value: BandCellValue }[];
}

interface MatrixRowGroup {
  /** Null when the prefectures' blocks are not known. */
  block: RegionalBlock | null;
  rows: MatrixRow[];
}

/** Prefecture × specialty table of a sufficiency dataset's bands, grouped by regional block. */
@Component({
  selector: 'rk-sufficiency-matrix',
  imports: [LocalizedNamePipe, BandCell],
  templateUrl: './sufficiency-matrix.html',
  styleUrl: './sufficiency-matrix.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SufficiencyMatrix {
  readonly dataset = input.required<SufficiencyDatasetResponse>();
  /** Columns, in display order. */
  readonly specialties = input.required<readonly SpecialtyResponse[]>();
  /** Used to group rows by regional block; rows stay in code order without it. */
  readonly prefectures = input<readonly PrefectureResponse[]>([]);
  readonly caption = input.required<string>();

  protected readonly blockLabels = REGIONAL_BLOCK_LABELS;

  protected readonly groups = computed<MatrixRowGroup[]>(() => {
    const dataset = this.dataset();
    const specialties = this.specialties();
    const rows: MatrixRow[] = dataset.prefectures.map((prefecture) => ({
      prefecture,
      name: { nameJa: prefecture.prefectureNameJa, nameEn: prefecture.prefectureNameEn },
      cells: specialties.map((specialty) => ({
        specialtyCode: specialty.code,
        value: bandCell(dataset, prefecture, specialty.code),
      })),
    }));
    const blockByCode = new Map(this.prefectures().map((p) => [p.code, p.block]));
    if (blockByCode.size === 0) {
      return [{ block: null, rows }];
    }
    return REGIONAL_BLOCKS.map((block) => ({
      block,
      rows: rows.filter((row) => blockByCode.get(row.prefecture.prefectureCode) === block),
    })).filter((group) => group.rows.length > 0);
  });
}
