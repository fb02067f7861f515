import { LOCALE_ID, Pipe, PipeTransform, inject } from '@angular/core';
import { AppLocaleCode, toAppLocale } from './app-locales';

export interface BilingualName {
  nameJa: string;
  nameEn: string;
}

export function localizedName(locale: AppLocaleCode, value: BilingualName): string {
  return locale === 'en' ? value.nameEn : value.nameJa;
}

/** Picks `nameEn` in the English build and `nameJa` otherwise. */
@Pipe({ name: 'localizedName' })
export class LocalizedNamePipe implements PipeTransform {
  private readonly locale = toAppLocale(inject(LOCALE_ID));

  transform(value: BilingualName): string {
    return localizedName(this.locale, value);
  }
}
