import { LOCALE_ID, Pipe, PipeTransform, inject } from '@angular/core';
import { AppLocaleCode, toAppLocale } from '../locale/app-locales';

const FORMATS: Record<AppLocaleCode, Intl.DateTimeFormat> = {
  ja: new Intl.DateTimeFormat('ja-JP', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }),
};

/**
 * A UTC timestamp from the API in Japan time, which is where the programmes run:
 * 「2026/04/01 09:30:00 JST」 / "1 Apr 2026, 09:30:00 JST". Invalid input is returned as is.
 */
export function formatJst(iso: string, locale: AppLocaleCode): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${FORMATS[locale].format(date)} JST`;
}

/** The UTC ISO form, for tooltips and `datetime` attributes ("2026-04-01T00:30:00.000Z"). */
export function utcIso(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toISOString();
}

@Pipe({ name: 'jst' })
export class JstPipe implements PipeTransform {
  private readonly locale = toAppLocale(inject(LOCALE_ID));

  transform(iso: string): string {
    return formatJst(iso, this.locale);
  }
}
