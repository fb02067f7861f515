import { httpResource } from '@angular/common/http';
import { Injectable, LOCALE_ID, computed, inject, signal } from '@angular/core';
import { PrefectureResponse, ROUTES, SpecialtyResponse } from '@renkei/contract';
import { API_BASE_URL } from '../../core/api-base-url.token';
import { loadedValue } from '../../core/loaded-value';
import { toAppLocale } from '../../core/locale/app-locales';
import { localizedName } from '../../core/locale/localized-name.pipe';

/**
 * Prefecture and specialty names for labelling role scopes (「青森県 担当者」) and for the scope
 * pickers. Loaded once, only when something first asks (`use()`), and shared app-wide.
 */
@Injectable({ providedIn: 'root' })
export class ReferenceNamesService {
  private readonly apiBaseUrl = inject(API_BASE_URL);
  private readonly locale = toAppLocale(inject(LOCALE_ID));
  private readonly wanted = signal(false);

  private readonly prefectureResource = httpResource<PrefectureResponse[]>(() =>
    this.wanted() ? `${this.apiBaseUrl}/${ROUTES.reference.root}/${ROUTES.reference.prefectures}` : undefined,
  );
  private readonly specialtyResource = httpResource<SpecialtyResponse[]>(() =>
    this.wanted() ? `${this.apiBaseUrl}/${ROUTES.reference.root}/${ROUTES.reference.specialties}` : undefined,
  );

  readonly prefectures = computed(() => loadedValue(this.prefectureResource) ?? []);
  readonly specialties = computed(() => loadedValue(this.specialtyResource) ?? []);
  readonly isLoading = computed(() => this.prefectureResource.isLoading() || this.specialtyResource.isLoading());
  readonly error = computed(() => this.prefectureResource.error() ?? this.specialtyResource.error());

  private readonly prefectureNames = computed(
    () => new Map(this.prefectures().map((prefecture) => [prefecture.code, localizedName(this.locale, prefecture)])),
  );
  private readonly specialtyNames = computed(
    () => new Map(this.specialties().map((specialty) => [specialty.code, localizedName(this.locale, specialty)])),
  );

  /** Starts loading the names (once). Call from a component that shows them. */
  use(): this {
    this.wanted.set(true);
    return this;
  }

  reload(): void {
    this.prefectureResource.reload();
    this.specialtyResource.reload();
  }

  /** The prefecture's name in the UI language, or the code while names are loading. */
  prefectureName(code: string): string {
    return this.prefectureNames().get(code) ?? code;
  }

  specialtyName(code: string): string {
    return this.specialtyNames().get(code) ?? code;
  }
}
