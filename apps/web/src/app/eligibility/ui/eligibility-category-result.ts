import { ChangeDetectionStrategy, Component, LOCALE_ID, inject, input } from '@angular/core';
import { EligibilityCategoryResult, EligibilityReasonResponse } from '@renkei/contract';
import { toAppLocale } from '../../core/locale/app-locales';
import { LocalizedNamePipe } from '../../core/locale/localized-name.pipe';
import { STATUS_LABELS } from '../status-labels';

/** One category's decision with its reasons (check page, host page). */
@Component({
  selector: 'rk-eligibility-category-result',
  imports: [LocalizedNamePipe],
  template: `
    <div class="category-card__head">
      @if (heading()) {
        <h3 class="category-card__name">
          <span class="category-card__label">{{ result().label }}</span>
          {{ result() | localizedName }}
        </h3>
      } @else {
        <p class="category-card__name">
          <span class="category-card__label">{{ result().label }}</span>
          {{ result() | localizedName }}
        </p>
      }
      <span [class]="'status-chip status-chip--' + result().status" [attr.data-status]="result().status">{{ statusLabels[result().status] }}</span>
    </div>
    <p class="category-card__months" i18n="@@eligibilityCheck.minimumMonths">最低ローテーション期間: {{ result().minimumRotationMonths }} か月</p>
    <ul class="category-card__reasons">
      @for (reason of result().reasons; track $index) {
        <li>{{ reasonMessage(reason) }}</li>
      }
    </ul>
  `,
  styleUrls: ['../status-chip.scss', './eligibility-category-result.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EligibilityCategoryResultView {
  private readonly locale = toAppLocale(inject(LOCALE_ID));
  readonly result = input.required<EligibilityCategoryResult>();
  /** Whether the category's name is a heading (h3) or plain text (e.g. inside a table cell). */
  readonly heading = input(true);
  protected readonly statusLabels = STATUS_LABELS;

  protected reasonMessage(reason: EligibilityReasonResponse): string {
    return this.locale === 'en' ? reason.messageEn : reason.messageJa;
  }
}
