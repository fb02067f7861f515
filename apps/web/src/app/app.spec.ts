import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { App } from './app';

describe('App shell', () => {
  async function render() {
    TestBed.configureTestingModule({
      imports: [App],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), { provide: LOCALE_ID, useValue: 'ja' }],
    });
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('has the landmarks: banner, navigation, main and contentinfo', async () => {
    const element = await render();

    expect(element.querySelector('header')).not.toBeNull();
    expect(element.querySelector('nav[aria-label="メインナビゲーション"]')).not.toBeNull();
    expect(element.querySelector('main#main-content')).not.toBeNull();
    expect(element.querySelector('footer')).not.toBeNull();
  });

  it('shows the product name and the primary navigation items', async () => {
    const element = await render();

    expect(element.querySelector('.site-header__product')?.textContent).toBe('専門研修 連携プログラム マッチング');
    const items = [...element.querySelectorAll('nav a[data-nav-id]')].map((a) => [
      a.getAttribute('data-nav-id'),
      a.textContent?.trim(),
      a.getAttribute('href'),
    ]);
    expect(items).toEqual([
      ['home', 'ホーム', '/'],
      ['regional-data', '地域データ', '/regional-data'],
    ]);
  });

  it('moves focus to the main content from the skip link', async () => {
    const element = await render();
    const skipLink = element.querySelector<HTMLAnchorElement>('.skip-link');

    skipLink?.click();

    expect(document.activeElement).toBe(element.querySelector('main'));
  });

  it('names the data sources in the footer', async () => {
    const element = await render();

    const footer = element.querySelector('footer')?.textContent ?? '';
    expect(footer).toContain('医師専門研修部会');
    expect(footer).toContain('医師偏在指標');
  });
});
