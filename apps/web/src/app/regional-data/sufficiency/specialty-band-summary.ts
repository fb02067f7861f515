import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, input } from '@angular/core';
import { SpecialtyResponse, SufficiencyDatasetResponse } from '@renkei/contract';
import { toAppLocale } from '../../core/locale/app-locales';
import { joinList } from '../../core/locale/list-format';
import { LocalizedNamePipe, localizedName } from '../../core/locale/localized-name.pipe';
import { groupPrefecturesByBand } from './sufficiency-band';

/** For one specialty: how many prefectures, and which, fall in each band. */
@Component({
  selector: 'rk-specialty-band-summary',
  imports: [LocalizedNamePipe],
  templateUrl: './specialty-band-summary.html',
  styleUrl: './specialty-band-summary.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SpecialtyBandSummary {
  private readonly locale = toAppLocale(inject(LOCALE_ID));

  readonly dataset = input.required<SufficiencyDatasetResponse>();
  readonly specialty = input.required<SpecialtyResponse>();

  protected readonly covered = computed(() => this.dataset().specialtyCodes.includes(this.specialty().code));
  protected readonly groups = computed(() =>
    groupPrefecturesByBand(this.dataset(), this.specialty().code).map((group) => ({
      ...group,
      names: joinList(group.prefectures.map((p) => localizedName(this.locale, { nameJa: p.prefectureNameJa, nameEn: p.prefectureNameEn }))),
    })),
  );
}
