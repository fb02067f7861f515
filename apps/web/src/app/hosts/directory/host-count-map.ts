import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { FacetCount, PrefectureResponse } from '@renkei/contract';
import { JAPAN_TILE_GRID, TILE_GRID_COLUMNS, TILE_GRID_ROWS } from '../../eligibility/map/japan-tile-grid';
import { shortPrefectureName } from '../../eligibility/map/prefecture-tile-map';

const TILE = 64;
const GAP = 4;
const STEP = TILE + GAP;

interface CountTile {
  code: string;
  x: number;
  y: number;
  shortName: string;
  squeeze: boolean;
  count: number;
  /** Shade by count; the number itself is always written on the tile. */
  shade: 'none' | 'few' | 'some' | 'many';
  accessibleName: string;
}

function shade(count: number, max: number): CountTile['shade'] {
  if (count === 0) {
    return 'none';
  }
  if (count >= max * 0.66) {
    return 'many';
  }
  return count >= max * 0.33 ? 'some' : 'few';
}

/**
 * The number of hosts per prefecture on the tile-grid map of Japan (the same grid as the eligibility
 * map). Each tile is a button that filters the directory to its prefecture; a table below gives the
 * same counts.
 */
@Component({
  selector: 'rk-host-count-map',
  template: `
    <div class="count-map-scroll">
      <svg class="count-map" [attr.viewBox]="viewBox" role="group" [attr.aria-label]="label" data-testid="host-map">
        @for (tile of tiles(); track tile.code) {
          <g
            class="tile"
            [class]="'tile tile--' + tile.shade"
            [class.tile--selected]="tile.code === selected()"
            role="button"
            tabindex="0"
            [attr.aria-label]="tile.accessibleName"
            [attr.aria-pressed]="tile.code === selected()"
            [attr.data-prefecture]="tile.code"
            [attr.transform]="'translate(' + tile.x + ' ' + tile.y + ')'"
            (click)="choose.emit(tile.code)"
            (keydown.enter)="activate(tile.code, $event)"
            (keydown.space)="activate(tile.code, $event)"
          >
            <rect class="tile__box" [attr.width]="size" [attr.height]="size" rx="6" />
            <text
              class="tile__name"
              [attr.x]="size / 2"
              y="26"
              [attr.textLength]="tile.squeeze ? size - 6 : null"
              [attr.lengthAdjust]="tile.squeeze ? 'spacingAndGlyphs' : null"
            >
              {{ tile.shortName }}
            </text>
            <text class="tile__count" [attr.x]="size / 2" y="52">{{ tile.count }}</text>
            <rect class="tile__focus" x="-2" y="-2" [attr.width]="size + 4" [attr.height]="size + 4" rx="8" />
          </g>
        }
      </svg>
    </div>
    <details class="count-table">
      <summary i18n="@@hostDirectory.map.tableSummary">都道府県別の件数を表で見る</summary>
      <table class="rk-table">
        <caption i18n="@@hostDirectory.map.caption">
          都道府県別の連携先の数（現在の検索条件）
        </caption>
        <thead>
          <tr>
            <th scope="col" i18n="@@hostDirectory.map.colPrefecture">都道府県</th>
            <th scope="col" class="num" i18n="@@hostDirectory.map.colCount">件数</th>
          </tr>
        </thead>
        <tbody>
          @for (tile of listed(); track tile.code) {
            <tr>
              <th scope="row">
                <button type="button" class="count-table__link" (click)="choose.emit(tile.code)">{{ names().get(tile.code) }}</button>
              </th>
              <td class="num">{{ tile.count }}</td>
            </tr>
          } @empty {
            <tr>
              <td colspan="2" i18n="@@hostDirectory.map.empty">該当する連携先はありません。</td>
            </tr>
          }
        </tbody>
      </table>
    </details>
  `,
  styles: `
    :host {
      display: block;
    }
    /* On a phone the map keeps readable tiles and scrolls sideways (the table below needs no scrolling). */
    .count-map-scroll {
      overflow-x: auto;
      padding: 4px;
    }
    .count-map {
      display: block;
      width: 100%;
      min-width: 480px;
      max-width: 560px;
      height: auto;
      overflow: visible;
    }
    .tile {
      cursor: pointer;
      outline: none;
    }
    .tile__box {
      stroke: #5f6368;
      stroke-width: 1;
      fill: #ffffff;
    }
    .tile--few .tile__box {
      fill: #d3e3fd;
    }
    .tile--some .tile__box {
      fill: #a8c7fa;
    }
    .tile--many .tile__box {
      fill: #7cacf8;
    }
    .tile__name,
    .tile__count {
      text-anchor: middle;
      pointer-events: none;
      fill: #1f1f1f;
      font-weight: 700;
    }
    .tile__name {
      font-size: 15px;
    }
    .tile__count {
      font-size: 20px;
    }
    .tile--none .tile__name,
    .tile--none .tile__count {
      fill: #5f6368;
    }
    .tile__focus {
      fill: none;
      stroke: none;
      stroke-width: 3;
      pointer-events: none;
    }
    .tile--selected .tile__focus {
      stroke: #1f1f1f;
    }
    .tile:hover .tile__box {
      stroke-width: 3;
    }
    .tile:focus-visible .tile__focus {
      stroke: #0b57d0;
      stroke-width: 4;
    }
    .count-table {
      margin-top: 8px;
    }
    .count-table summary {
      min-height: 24px;
      cursor: pointer;
    }
    .count-table__link {
      min-height: 24px;
      padding: 0;
      border: none;
      background: none;
      color: #0b57d0;
      font: inherit;
      text-decoration: underline;
      cursor: pointer;
    }
    .num {
      text-align: right;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HostCountMap {
  readonly counts = input.required<readonly FacetCount[]>();
  readonly prefectures = input.required<readonly PrefectureResponse[]>();
  readonly locale = input<'ja' | 'en'>('ja');
  readonly selected = input<string | undefined>();
  readonly choose = output<string>();

  protected readonly size = TILE;
  protected readonly viewBox = `0 0 ${TILE_GRID_COLUMNS * STEP - GAP} ${TILE_GRID_ROWS * STEP - GAP}`;
  protected readonly label = $localize`:@@hostDirectory.map.label:都道府県別の連携先の数。都道府県を選ぶと絞り込みます。`;
  protected readonly names = computed(
    () => new Map(this.prefectures().map((item) => [item.code, this.locale() === 'en' ? item.nameEn : item.nameJa])),
  );

  protected readonly tiles = computed((): CountTile[] => {
    const counts = new Map(this.counts().map((facet) => [facet.value, facet.count]));
    const max = Math.max(1, ...counts.values());
    const prefectures = new Map(this.prefectures().map((item) => [item.code, item]));
    return JAPAN_TILE_GRID.flatMap((cell) => {
      const prefecture = prefectures.get(cell.code);
      if (!prefecture) {
        return [];
      }
      const count = counts.get(cell.code) ?? 0;
      const shortName = shortPrefectureName(prefecture, this.locale());
      return [
        {
          code: cell.code,
          x: cell.column * STEP,
          y: cell.row * STEP,
          shortName,
          squeeze: shortName.length > 8,
          count,
          shade: shade(count, max),
          // Starts with the tile's own words ("青森 4"), so speech users can say what they see (WCAG 2.5.3).
          accessibleName: $localize`:@@hostDirectory.map.tileName:${shortName}:prefecture: ${count}:count: 件`,
        },
      ];
    });
  });

  protected readonly listed = computed(() => this.tiles().filter((tile) => tile.count > 0));

  protected activate(code: string, event: Event): void {
    event.preventDefault();
    this.choose.emit(code);
  }
}
