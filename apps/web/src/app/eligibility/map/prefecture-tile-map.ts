import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { EligibilityPrefectureRow, EligibilityReasonResponse } from '@renkei/contract';
import { EligibilityStatus } from '../status-labels';
import { StatusStyle, statusStyle } from '../status-styles';
import { JAPAN_TILE_GRID, TILE_GRID_COLUMNS, TILE_GRID_ROWS } from './japan-tile-grid';

const TILE = 64;
const GAP = 4;
const STEP = TILE + GAP;

interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Diagonal stripes inside one tile (drawn as lines, so no `url(#…)` reference depends on the page's base href). */
const STRIPES: readonly Line[] = Array.from({ length: 9 }, (_, i) => (i + 1) * 14)
  .filter((k) => k < 2 * TILE)
  .map((k) => (k <= TILE ? { x1: k, y1: 0, x2: 0, y2: k } : { x1: TILE, y1: k - TILE, x2: k - TILE, y2: TILE }));

const DOTS: readonly { cx: number; cy: number }[] = [8, 24, 40, 56].flatMap((cy) => [8, 24, 40, 56].map((cx) => ({ cx, cy })));

export interface MapTile {
  readonly code: string;
  readonly x: number;
  readonly y: number;
  readonly shortName: string;
  /** Squeeze long names (e.g. "Yamaguchi") into the tile. */
  readonly squeeze: boolean;
  readonly status: EligibilityStatus;
  readonly style: StatusStyle;
  readonly accessibleName: string;
}

/** The reason that explains the status: the first after the category's own summary (`CATEGORY_*`). */
export function mainReason(reasons: readonly EligibilityReasonResponse[]): EligibilityReasonResponse | undefined {
  return reasons.find((reason) => !reason.code.startsWith('CATEGORY_')) ?? reasons[0];
}

/** The tile's name: without 都/府/県 in Japanese (北海道 stays whole), as the API gives it in English. */
export function shortPrefectureName(row: Pick<EligibilityPrefectureRow, 'nameJa' | 'nameEn'>, locale: 'ja' | 'en'): string {
  if (locale === 'en') {
    return row.nameEn;
  }
  return row.nameJa === '北海道' ? row.nameJa : row.nameJa.replace(/[都府県]$/, '');
}

/**
 * Tile-grid map of Japan coloured by eligibility status. Each prefecture is a button named with
 * its status and main reason; colour is repeated by a symbol and a pattern (see STATUS_STYLES).
 */
@Component({
  selector: 'rk-prefecture-tile-map',
  templateUrl: './prefecture-tile-map.html',
  styleUrl: './prefecture-tile-map.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrefectureTileMap {
  readonly rows = input.required<readonly EligibilityPrefectureRow[]>();
  readonly locale = input<'ja' | 'en'>('ja');
  readonly selected = input<string | undefined>();
  /** The map's accessible name (what it shows). */
  readonly label = input.required<string>();
  readonly reasonText = input.required<(reason: EligibilityReasonResponse) => string>();
  readonly choose = output<string>();

  protected readonly size = TILE;
  protected readonly squeezedWidth = TILE - 6;
  protected readonly stripes = STRIPES;
  protected readonly dots = DOTS;
  protected readonly viewBox = `0 0 ${TILE_GRID_COLUMNS * STEP - GAP} ${TILE_GRID_ROWS * STEP - GAP}`;

  protected readonly tiles = computed((): MapTile[] => {
    const rows = new Map(this.rows().map((row) => [row.prefectureCode, row]));
    return JAPAN_TILE_GRID.flatMap((cell) => {
      const row = rows.get(cell.code);
      if (!row) {
        return [];
      }
      const style = statusStyle(row.status);
      const name = this.locale() === 'en' ? row.nameEn : row.nameJa;
      const main = mainReason(row.reasons);
      const reason = main ? ` ${this.reasonText()(main)}` : '';
      return [
        {
          code: cell.code,
          x: cell.column * STEP,
          y: cell.row * STEP,
          shortName: shortPrefectureName(row, this.locale()),
          squeeze: shortPrefectureName(row, this.locale()).length > 8,
          status: row.status,
          style,
          accessibleName: `${name}: ${style.label}.${reason}`,
        },
      ];
    });
  });

  protected activate(code: string, event?: Event): void {
    event?.preventDefault();
    this.choose.emit(code);
  }
}
