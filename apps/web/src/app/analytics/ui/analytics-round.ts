import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { AnalyticsRound } from '@renkei/contract';
import { LocalizedNamePipe } from '../../core/locale/localized-name.pipe';
import { ROUND_STATUS_LABELS } from '../../nominations/nomination-labels';

/** Which round, rule set and datasets a view reads (sample datasets marked). */
@Component({
  selector: 'rk-analytics-round',
  imports: [LocalizedNamePipe],
  template: `
    <dl class="rk-facts analytics-round" data-testid="analytics-round">
      <dt i18n="@@analytics.round.round">募集回</dt>
      <dd i18n="@@analytics.round.year">{{ round().recruitmentYear }}年度募集（{{ statusLabels[round().status] }}）</dd>
      <dt i18n="@@analytics.round.ruleSet">ルールセット</dt>
      <dd>{{ round().ruleSet | localizedName }} (v{{ round().ruleSet.version }})</dd>
      <dt i18n="@@analytics.round.datasets">データセット</dt>
      <dd>
        <ul class="analytics-round__datasets">
          @for (dataset of round().datasets; track dataset.code) {
            <li>
              {{ dataset | localizedName }}
              @if (dataset.sample) {
                <span class="rk-chip" i18n="@@nominations.sample">サンプル</span>
              }
            </li>
          }
        </ul>
      </dd>
    </dl>
  `,
  styles: `
    .analytics-round__datasets {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AnalyticsRoundFacts {
  readonly round = input.required<AnalyticsRound>();
  protected readonly statusLabels = ROUND_STATUS_LABELS;
}
