import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, input, signal } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { PublishedHostRow } from '@renkei/contract';
import { httpStatusOf } from '../core/api-error';
import { toAppLocale } from '../core/locale/app-locales';
import { LocalizedNamePipe } from '../core/locale/localized-name.pipe';
import { loadedValue } from '../core/loaded-value';
import { JstPipe } from '../core/time/jst';
import { nominationErrorMessage } from '../nominations/nomination-errors';
import { formatPeriods } from '../nominations/nomination-labels';
import { AutoFocus } from '../shared/ui/auto-focus';
import { RequestState } from '../shared/ui/request-state';
import { PublishedHostsService } from './data-access/published-hosts.service';
import { filterHosts, options } from './host-filter';

/** `/hosts/:roundId`: the published host facilities of a round, filterable, with .xlsx and CSV downloads. */
@Component({
  selector: 'rk-published-hosts-page',
  imports: [RouterLink, MatFormFieldModule, MatSelectModule, JstPipe, LocalizedNamePipe, AutoFocus, RequestState],
  templateUrl: './published-hosts-page.html',
  styleUrl: './published-hosts-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublishedHostsPage {
  private readonly service = inject(PublishedHostsService);
  private readonly locale = toAppLocale(inject(LOCALE_ID));
  readonly roundId = input.required<string>();

  protected readonly list = this.service.hosts(() => this.roundId());
  protected readonly value = computed(() => loadedValue(this.list));
  protected readonly retryable = computed(() => ![400, 404].includes(httpStatusOf(this.list.error()) ?? 0));
  /** Not published (yet) or no such round: say so instead of offering a retry. */
  protected readonly refusal = computed(() => (this.retryable() ? null : nominationErrorMessage(this.list.error())));
  protected readonly specialtyFilter = signal('');
  protected readonly prefectureFilter = signal('');
  protected readonly specialties = computed(() => options(this.value()?.hosts ?? [], 'specialty'));
  protected readonly prefectures = computed(() => options(this.value()?.hosts ?? [], 'prefecture'));
  protected readonly rows = computed(() =>
    filterHosts(this.value()?.hosts ?? [], { specialtyCode: this.specialtyFilter(), prefectureCode: this.prefectureFilter() }),
  );
  protected readonly hasSamples = computed(() => this.rows().some((row) => row.sample));

  protected exportUrl(format: 'csv' | 'xlsx'): string {
    return this.service.exportUrl(this.roundId(), format);
  }

  protected periods(row: PublishedHostRow): string {
    return formatPeriods(row.acceptablePeriods, this.locale);
  }

  protected category(row: PublishedHostRow): string {
    return this.locale === 'en' ? row.categoryNameEn : row.categoryNameJa;
  }

  protected specialty(row: PublishedHostRow): string {
    return this.locale === 'en' ? row.specialtyNameEn : row.specialtyNameJa;
  }

  protected prefecture(row: PublishedHostRow): string {
    return this.locale === 'en' ? row.prefectureNameEn : row.prefectureNameJa;
  }
}
