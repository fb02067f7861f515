import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, input } from '@angular/core';
import { MatCheckboxChange, MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectChange, MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { ApiErrorResponse, EligibilityReasonResponse } from '@renkei/contract';
import { loadedValue } from '../../core/loaded-value';
import { toAppLocale } from '../../core/locale/app-locales';
import { LocalizedNamePipe } from '../../core/locale/localized-name.pipe';
import { ReferenceDataService } from '../../regional-data/data-access/reference-data.service';
import { RequestState } from '../../shared/ui/request-state';
import { EligibilityCheckParams, EligibilityService } from '../data-access/eligibility.service';
import { STATUS_LABELS } from '../status-labels';

export const RECRUITMENT_YEARS = [2026, 2027] as const;

/**
 * Eligibility of one host facility setting: recruitment year, specialty, secondary medical area
 * and the prefecture's flags. Every choice is a query parameter, so a result can be shared.
 */
@Component({
  selector: 'rk-eligibility-check-page',
  imports: [MatFormFieldModule, MatSelectModule, MatCheckboxModule, MatInputModule, LocalizedNamePipe, RequestState],
  templateUrl: './eligibility-check-page.html',
  styleUrl: './eligibility-check-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EligibilityCheckPage {
  private readonly router = inject(Router);
  private readonly referenceData = inject(ReferenceDataService);
  private readonly eligibility = inject(EligibilityService);
  protected readonly locale = toAppLocale(inject(LOCALE_ID));

  readonly year = input<string | undefined>();
  readonly specialty = input<string | undefined>();
  readonly prefecture = input<string | undefined>();
  readonly area = input<string | undefined>();
  readonly nominated = input<string | undefined>();
  readonly reason = input<string | undefined>();
  readonly previousHost = input<string | undefined>();
  readonly spot = input<string | undefined>();

  protected readonly years = RECRUITMENT_YEARS;
  protected readonly statusLabels = STATUS_LABELS;

  private readonly specialtiesResource = this.referenceData.specialties();
  private readonly prefecturesResource = this.referenceData.prefectures();
  /** The prefecture in the URL, or the one the area code starts with. */
  protected readonly prefectureCode = computed(() => this.prefecture() || this.area()?.slice(0, 2) || undefined);
  private readonly prefectureResource = this.referenceData.prefecture(() => this.prefectureCode());

  protected readonly specialties = computed(() => loadedValue(this.specialtiesResource) ?? []);
  protected readonly prefectures = computed(() => loadedValue(this.prefecturesResource) ?? []);
  protected readonly areas = computed(() => loadedValue(this.prefectureResource)?.secondaryMedicalAreas ?? []);
  protected readonly selectedArea = computed(() => this.areas().find((area) => area.code === this.area()));

  protected readonly selectedYear = computed(() => Number(this.year() ?? RECRUITMENT_YEARS[0]));
  protected readonly isNominated = computed(() => this.nominated() === 'true');
  protected readonly isPreviousHost = computed(() => this.previousHost() === 'true');
  protected readonly isSpot = computed(() => this.spot() === 'true');

  /** The request, once a specialty and an area are chosen. */
  protected readonly params = computed((): EligibilityCheckParams | undefined => {
    const specialty = this.specialty();
    const area = this.area();
    if (!specialty || !area) {
      return undefined;
    }
    return {
      year: this.selectedYear(),
      specialty,
      area,
      nominated: this.isNominated(),
      reason: this.reason(),
      previousHost: this.isPreviousHost(),
      spot: this.isSpot(),
    };
  });

  protected readonly check = this.eligibility.check(() => this.params());
  protected readonly result = computed(() => loadedValue(this.check));

  /** Field errors of a 400, by query parameter name. */
  protected readonly fieldErrors = computed((): Record<string, string[]> => {
    const error = this.check.error();
    if (error instanceof HttpErrorResponse) {
      const body = error.error as Partial<ApiErrorResponse> | null;
      return body?.fieldErrors ?? {};
    }
    return {};
  });

  private readonly referenceResources = [this.specialtiesResource, this.prefecturesResource, this.prefectureResource] as const;
  protected readonly referenceLoading = computed(() => this.referenceResources.some((resource) => resource.isLoading()));
  protected readonly referenceError = computed(() => this.referenceResources.map((resource) => resource.error()).find(Boolean));

  protected retryReference(): void {
    for (const resource of this.referenceResources) {
      if (resource.error()) {
        resource.reload();
      }
    }
  }

  protected reasonMessage(reason: EligibilityReasonResponse): string {
    return this.locale === 'en' ? reason.messageEn : reason.messageJa;
  }

  protected selectYear(event: MatSelectChange<number>): void {
    this.updateQuery({ year: String(event.value) });
  }

  protected selectSpecialty(event: MatSelectChange<string>): void {
    this.updateQuery({ specialty: event.value });
  }

  protected selectPrefecture(event: MatSelectChange<string>): void {
    this.updateQuery({ prefecture: event.value, area: null });
  }

  protected selectArea(event: MatSelectChange<string>): void {
    this.updateQuery({ area: event.value });
  }

  protected toggle(name: 'nominated' | 'previousHost' | 'spot', event: MatCheckboxChange): void {
    this.updateQuery(name === 'nominated' && !event.checked ? { nominated: null, reason: null } : { [name]: event.checked ? 'true' : null });
  }

  protected changeReason(event: Event): void {
    const value = (event.target as HTMLInputElement).value.trim();
    this.updateQuery({ reason: value || null });
  }

  private updateQuery(queryParams: Record<string, string | null>): void {
    void this.router.navigate([], { queryParams, queryParamsHandling: 'merge' });
  }
}
