import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, effect, inject, input } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { httpStatusOf } from '../../core/api-error';
import { loadedValue } from '../../core/loaded-value';
import { toAppLocale } from '../../core/locale/app-locales';
import { LocalizedNamePipe, localizedName } from '../../core/locale/localized-name.pipe';
import { PRODUCT_NAME } from '../../core/page-title.strategy';
import { RequestState } from '../../shared/ui/request-state';
import { ReferenceDataService } from '../data-access/reference-data.service';
import { AREA_INDEX_THRESHOLDS } from '../labels/index-class-labels';
import { REGIONAL_BLOCK_LABELS } from '../labels/regional-block-labels';
import { IndexClassChip } from '../ui/index-class-chip';
import { ScarceAreaMarker } from '../ui/scarce-area-marker';

/** One prefecture and its secondary medical areas, with the physician-scarce ones marked. */
@Component({
  selector: 'rk-prefecture-detail-page',
  imports: [DecimalPipe, RouterLink, LocalizedNamePipe, RequestState, IndexClassChip, ScarceAreaMarker],
  templateUrl: './prefecture-detail-page.html',
  styleUrl: './prefecture-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrefectureDetailPage {
  private readonly title = inject(Title);
  private readonly locale = toAppLocale(inject(LOCALE_ID));

  /** `:code` route parameter (JIS prefecture code). */
  readonly code = input.required<string>();

  protected readonly prefecture = inject(ReferenceDataService).prefecture(() => this.code());
  protected readonly detail = computed(() => loadedValue(this.prefecture));
  protected readonly areas = computed(() => this.detail()?.secondaryMedicalAreas ?? []);
  protected readonly scarceCount = computed(() => this.areas().filter((area) => area.physicianScarce).length);
  protected readonly maxAreaIndex = computed(() => Math.max(1, ...this.areas().map((area) => area.physicianDistributionIndex)));
  /** A missing or malformed code cannot be fixed by retrying. */
  protected readonly retryable = computed(() => {
    const status = httpStatusOf(this.prefecture.error());
    return status !== 404 && status !== 400;
  });

  protected readonly blockLabels = REGIONAL_BLOCK_LABELS;
  protected readonly thresholds = AREA_INDEX_THRESHOLDS;

  constructor() {
    effect(() => {
      const prefecture = this.detail();
      if (prefecture) {
        this.title.setTitle(`${localizedName(this.locale, prefecture)} | ${PRODUCT_NAME}`);
      }
    });
  }
}
