import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonToggleChange, MatButtonToggleModule } from '@angular/material/button-toggle';
import { Router, RouterLink } from '@angular/router';
import { loadedValue } from '../../core/loaded-value';
import { LocalizedNamePipe } from '../../core/locale/localized-name.pipe';
import { RequestState } from '../../shared/ui/request-state';
import { ReferenceDataService } from '../data-access/reference-data.service';
import { PREFECTURE_CLASS_LABELS, PREFECTURE_INDEX_THRESHOLDS } from '../labels/index-class-labels';
import { REGIONAL_BLOCK_LABELS } from '../labels/regional-block-labels';
import { IndexClassChip } from '../ui/index-class-chip';
import { countByIndexClass, groupPrefecturesByBlock, toPrefectureSortOrder } from './prefecture-grouping';

/** All 47 prefectures grouped by regional block, with their physician distribution index and class. */
@Component({
  selector: 'rk-prefecture-list-page',
  imports: [DecimalPipe, RouterLink, MatButtonToggleModule, LocalizedNamePipe, RequestState, IndexClassChip],
  templateUrl: './prefecture-list-page.html',
  styleUrl: './prefecture-list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrefectureListPage {
  private readonly router = inject(Router);

  /** `?sort=` query parameter. */
  readonly sort = input<string | undefined>();

  protected readonly prefectures = inject(ReferenceDataService).prefectures();
  protected readonly sortOrder = computed(() => toPrefectureSortOrder(this.sort()));
  private readonly list = computed(() => loadedValue(this.prefectures) ?? []);
  protected readonly groups = computed(() => groupPrefecturesByBlock(this.list(), this.sortOrder()));
  protected readonly classCounts = computed(() => countByIndexClass(this.list()));
  protected readonly maxIndex = computed(() => Math.max(1, ...this.list().map((p) => p.physicianDistributionIndex)));

  protected readonly blockLabels = REGIONAL_BLOCK_LABELS;
  protected readonly classLabels = PREFECTURE_CLASS_LABELS;
  protected readonly thresholds = PREFECTURE_INDEX_THRESHOLDS;

  protected changeSort(event: MatButtonToggleChange): void {
    const order = toPrefectureSortOrder(String(event.value));
    void this.router.navigate([], {
      // The default order stays out of the URL.
      queryParams: { sort: order === 'code' ? null : order },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }
}
