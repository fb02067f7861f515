import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { httpStatusOf } from '../../core/api-error';
import { apiErrorCode } from '../../core/forms/server-messages';
import { RequestState } from '../../shared/ui/request-state';

/**
 * Loading and errors of an analytics view. No round yet (404 `ANALYTICS_ROUND_NOT_FOUND`) is not a
 * failure: it says so, and for a year without a round links to the latest one.
 */
@Component({
  selector: 'rk-analytics-load-state',
  imports: [RouterLink, RequestState],
  template: `
    @if (noRound()) {
      <div class="rk-alert rk-alert--info" role="status" data-testid="no-round">
        @if (year(); as year) {
          <p class="no-round__text" i18n="@@analytics.noRoundForYear">{{ year }}年度の募集回はありません。</p>
          <a routerLink="." [queryParams]="latest" queryParamsHandling="merge" i18n="@@analytics.latestRound">最新の募集回を表示する</a>
        } @else {
          <p class="no-round__text" i18n="@@analytics.noRound">まだ募集回がありません。日本専門医機構が募集回を開くと、ここに分析が表示されます。</p>
        }
      </div>
    } @else {
      <rk-request-state [loading]="loading()" [error]="error()" [retryable]="retryable()" (retry)="retry.emit()" />
    }
  `,
  styles: `
    .no-round__text {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AnalyticsLoadState {
  readonly loading = input(false);
  readonly error = input<unknown>(undefined);
  /** The year the URL asked for, if any. */
  readonly year = input<number>();
  readonly retry = output();

  /** The other filters stay; the latest round's own categories apply. */
  protected readonly latest = { year: null, category: null, outcome: null };

  protected readonly noRound = computed(() => apiErrorCode(this.error()) === 'ANALYTICS_ROUND_NOT_FOUND');
  /** A refused scope or an invalid filter does not change on a retry. */
  protected readonly retryable = computed(() => ![400, 403].includes(httpStatusOf(this.error()) ?? 0));
}
