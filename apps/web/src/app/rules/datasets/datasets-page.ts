import { ChangeDetectionStrategy, Component, LOCALE_ID, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { SufficiencyRatio } from '@renkei/contract';
import { toAppLocale } from '../../core/locale/app-locales';
import { localizedName } from '../../core/locale/localized-name.pipe';
import { RequestState } from '../../shared/ui/request-state';
import { RulesService } from '../data-access/rules.service';

/** Sufficiency and ceiling datasets (sample data marked), with the way to import a new one. */
@Component({
  selector: 'rk-datasets-page',
  imports: [MatButtonModule, RouterLink, RequestState],
  templateUrl: './datasets-page.html',
  styleUrl: '../rules-feature.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DatasetsPage {
  private readonly rules = inject(RulesService);
  private readonly locale = toAppLocale(inject(LOCALE_ID));
  protected readonly sufficiency = this.rules.sufficiencyDatasets();
  protected readonly ceilings = this.rules.ceilingDatasets();

  protected name(value: { nameJa: string; nameEn: string }): string {
    return localizedName(this.locale, value);
  }

  /** What a dataset says about covered prefectures it does not list: "> 0.8", or "no value". */
  protected unlisted(ratio: SufficiencyRatio): string {
    if (ratio.exact !== null) {
      return String(ratio.exact);
    }
    if (ratio.lowerBound === null && ratio.upperBound === null) {
      return $localize`:@@datasets.unlistedNone:値なし（判定不能）`;
    }
    return [ratio.lowerBound !== null ? `> ${ratio.lowerBound}` : '', ratio.upperBound !== null ? `≤ ${ratio.upperBound}` : '']
      .filter(Boolean)
      .join(', ');
  }
}
