import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { LanguageSwitch } from './language-switch';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Blank {}

describe('LanguageSwitch', () => {
  async function render(localeId: string, url: string) {
    TestBed.configureTestingModule({
      imports: [LanguageSwitch],
      providers: [provideRouter([{ path: '**', component: Blank }]), { provide: LOCALE_ID, useValue: localeId }],
    });
    await TestBed.inject(Router).navigateByUrl(url);
    const fixture = TestBed.createComponent(LanguageSwitch);
    await fixture.whenStable();
    return { fixture, link: (fixture.nativeElement as HTMLElement).querySelector('a') };
  }

  it('links from Japanese to the same page in English', async () => {
    const { link } = await render('ja', '/regional-data/prefectures/02');

    expect(link?.textContent?.trim()).toBe('English');
    expect(link?.getAttribute('href')).toBe('/en/regional-data/prefectures/02');
    expect(link?.getAttribute('lang')).toBe('en');
    expect(link?.getAttribute('hreflang')).toBe('en');
  });

  it('links from English to Japanese and keeps the query', async () => {
    const { link } = await render('en', '/regional-data/sufficiency?dataset=2022');

    expect(link?.textContent?.trim()).toBe('日本語');
    expect(link?.getAttribute('href')).toBe('/ja/regional-data/sufficiency?dataset=2022');
  });

  it('follows later navigations', async () => {
    const { fixture, link } = await render('ja', '/');
    await TestBed.inject(Router).navigateByUrl('/regional-data');
    await fixture.whenStable();

    expect(link?.getAttribute('href')).toBe('/en/regional-data');
  });

  it('remembers the choice in the renkei_lang cookie when clicked', async () => {
    const { link } = await render('ja', '/regional-data');
    const document = TestBed.inject(DOCUMENT);
    const cookieSetter = jest.spyOn(document, 'cookie', 'set').mockImplementation(() => undefined);
    link?.addEventListener('click', (event) => event.preventDefault());

    link?.click();

    expect(cookieSetter).toHaveBeenCalledWith('renkei_lang=en; path=/; max-age=31536000; SameSite=Lax');
  });
});
