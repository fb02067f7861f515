import { LOCALE_ID, computed, inject } from '@angular/core';
import { RegionalBlock } from '@renkei/contract';
import { toAppLocale } from '../../core/locale/app-locales';
import { localizedName } from '../../core/locale/localized-name.pipe';
import { loadedValue } from '../../core/loaded-value';
import { ReferenceDataService } from '../../regional-data/data-access/reference-data.service';
import { REGIONAL_BLOCK_LABELS } from '../../regional-data/labels/regional-block-labels';

/**
 * Names of prefectures and specialties for codes the directory API returns, in the UI's language
 * (loaded once per page from the reference data). Call in an injection context.
 */
export function injectReferenceNames() {
  const reference = inject(ReferenceDataService);
  const locale = toAppLocale(inject(LOCALE_ID));
  const prefectureResource = reference.prefectures();
  const specialtyResource = reference.specialties();
  const prefectures = computed(() => loadedValue(prefectureResource) ?? []);
  const specialties = computed(() => loadedValue(specialtyResource) ?? []);
  const prefectureNames = computed(() => new Map(prefectures().map((item) => [item.code, localizedName(locale, item)])));
  const specialtyNames = computed(() => new Map(specialties().map((item) => [item.code, localizedName(locale, item)])));
  return {
    locale,
    prefectures,
    specialties,
    prefecture: (code: string): string => prefectureNames().get(code) ?? code,
    specialty: (code: string): string => specialtyNames().get(code) ?? code,
    block: (code: RegionalBlock): string => REGIONAL_BLOCK_LABELS[code] ?? code,
    error: computed(() => prefectureResource.error() ?? specialtyResource.error()),
    reload: (): void => {
      prefectureResource.reload();
      specialtyResource.reload();
    },
  };
}

export type ReferenceNames = ReturnType<typeof injectReferenceNames>;
