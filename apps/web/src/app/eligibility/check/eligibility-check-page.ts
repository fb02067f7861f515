import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule, MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxChange, MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectChange, MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { ApiErrorResponse, FacilitySearchResult } from '@renkei/contract';
import { Observable, catchError, debounceTime, distinctUntilChanged, filter, map, of, startWith, switchMap } from 'rxjs';
import { loadedValue } from '../../core/loaded-value';
import { toAppLocale } from '../../core/locale/app-locales';
import { LocalizedNamePipe } from '../../core/locale/localized-name.pipe';
import { ReferenceDataService } from '../../regional-data/data-access/reference-data.service';
import { RequestState } from '../../shared/ui/request-state';
import { EligibilityCheckParams, EligibilityService } from '../data-access/eligibility.service';
import { FacilitySearchService } from '../data-access/facility-search.service';
import { EligibilityCategoryResultView } from '../ui/eligibility-category-result';

export const RECRUITMENT_YEARS = [2026, 2027] as const;

interface FacilitySuggestions {
  text: string;
  facilities: FacilitySearchResult[];
  error: unknown;
}

/** What the autocomplete shows for a typed text: nothing for an empty text, the API's matches otherwise. */
export function facilitySuggestions(
  typed: Observable<unknown>,
  search: (text: string) => Observable<FacilitySearchResult[]>,
): Observable<FacilitySuggestions> {
  return typed.pipe(
    // Choosing an option writes the facility object into the control: not a new search.
    filter((value): value is string => typeof value === 'string'),
    map((value) => value.trim()),
    debounceTime(250),
    distinctUntilChanged(),
    switchMap((text) =>
      text
        ? search(text).pipe(
            map((facilities) => ({ text, facilities, error: null })),
            catchError((error: unknown) => of({ text, facilities: [], error })),
          )
        : of({ text, facilities: [], error: null }),
    ),
  );
}

/**
 * Eligibility of one host facility setting: recruitment year, specialty, secondary medical area
 * (chosen, or taken from a facility found by name or code), the prefecture's flags and optionally
 * another sufficiency dataset. Every choice is a query parameter, so a result can be shared.
 */
@Component({
  selector: 'rk-eligibility-check-page',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    MatCheckboxModule,
    MatInputModule,
    LocalizedNamePipe,
    RequestState,
    EligibilityCategoryResultView,
  ],
  templateUrl: './eligibility-check-page.html',
  styleUrl: './eligibility-check-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EligibilityCheckPage {
  private readonly router = inject(Router);
  private readonly referenceData = inject(ReferenceDataService);
  private readonly eligibility = inject(EligibilityService);
  private readonly facilitySearch = inject(FacilitySearchService);
  protected readonly locale = toAppLocale(inject(LOCALE_ID));

  readonly year = input<string | undefined>();
  readonly specialty = input<string | undefined>();
  readonly prefecture = input<string | undefined>();
  readonly area = input<string | undefined>();
  readonly nominated = input<string | undefined>();
  readonly reason = input<string | undefined>();
  readonly previousHost = input<string | undefined>();
  readonly spot = input<string | undefined>();
  readonly dataset = input<string | undefined>();
  /** Facility code of a facility chosen by search (its area is the area of the check). */
  readonly facility = input<string | undefined>();

  protected readonly years = RECRUITMENT_YEARS;

  private readonly specialtiesResource = this.referenceData.specialties();
  private readonly prefecturesResource = this.referenceData.prefectures();
  private readonly datasetsResource = this.referenceData.sufficiencyDatasets();
  private readonly facilityResource = this.facilitySearch.lookup(() => this.facility());
  /** The prefecture in the URL, or the one the area code starts with. */
  protected readonly prefectureCode = computed(() => this.prefecture() || this.area()?.slice(0, 2) || undefined);
  private readonly prefectureResource = this.referenceData.prefecture(() => this.prefectureCode());

  protected readonly specialties = computed(() => loadedValue(this.specialtiesResource) ?? []);
  protected readonly prefectures = computed(() => loadedValue(this.prefecturesResource) ?? []);
  protected readonly datasets = computed(() => loadedValue(this.datasetsResource) ?? []);
  /** The facility of the URL, once found (its code is matched exactly). */
  protected readonly selectedFacility = computed(() =>
    loadedValue(this.facilityResource)?.find((facility) => facility.facilityCode.toUpperCase() === this.facility()?.toUpperCase()),
  );
  protected readonly facilityQuery = new FormControl<string | FacilitySearchResult>('', { nonNullable: true });
  protected readonly suggestions = toSignal(
    facilitySuggestions(this.facilityQuery.valueChanges.pipe(startWith(this.facilityQuery.value)), (text) => this.facilitySearch.search(text)),
  );
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
      dataset: this.dataset() || undefined,
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

  private readonly referenceResources = [
    this.specialtiesResource,
    this.prefecturesResource,
    this.prefectureResource,
    this.datasetsResource,
    this.facilityResource,
  ] as const;
  protected readonly referenceLoading = computed(() => this.referenceResources.some((resource) => resource.isLoading()));
  protected readonly referenceError = computed(() => this.referenceResources.map((resource) => resource.error()).find(Boolean));

  protected retryReference(): void {
    for (const resource of this.referenceResources) {
      if (resource.error()) {
        resource.reload();
      }
    }
  }

  protected selectYear(event: MatSelectChange<number>): void {
    this.updateQuery({ year: String(event.value) });
  }

  protected selectSpecialty(event: MatSelectChange<string>): void {
    this.updateQuery({ specialty: event.value });
  }

  protected selectPrefecture(event: MatSelectChange<string>): void {
    this.updateQuery({ prefecture: event.value, area: null, facility: null });
  }

  protected selectArea(event: MatSelectChange<string>): void {
    this.updateQuery({ area: event.value, facility: null });
  }

  protected selectDataset(event: MatSelectChange<string>): void {
    this.updateQuery({ dataset: event.value || null });
  }

  protected facilityLabel(value: string | FacilitySearchResult | null): string {
    return typeof value === 'object' && value ? `${value.name} (${value.facilityCode})` : (value ?? '');
  }

  /**
   * A found facility fixes the prefecture, the area and the scarce-spot flag (public data). Whether
   * the prefecture nominated it or it was a host before is not public: those toggles stay as set.
   */
  protected chooseFacility(event: MatAutocompleteSelectedEvent): void {
    const facility = event.option.value as FacilitySearchResult;
    this.updateQuery({
      facility: facility.facilityCode,
      prefecture: facility.prefectureCode,
      area: facility.secondaryMedicalAreaCode,
      spot: facility.physicianScarceSpot ? 'true' : null,
    });
    this.facilityQuery.setValue('');
  }

  protected clearFacility(): void {
    this.updateQuery({ facility: null });
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
