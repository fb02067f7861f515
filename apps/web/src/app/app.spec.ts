import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { LOCALE_ID } from '@angular/core';
import { ComponentFixture, DeferBlockState, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CurrentUserResponse } from '@renkei/contract';
import { App } from './app';
import { AuthService } from './auth/data-access/auth.service';
import { JMSB_USER, SOCIETY_USER } from './testing/account.fixtures';

describe('App shell', () => {
  let fixture: ComponentFixture<App>;

  async function render(user: CurrentUserResponse | null = null, tasks = 0) {
    TestBed.configureTestingModule({
      imports: [App],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), { provide: LOCALE_ID, useValue: 'ja' }],
    });
    TestBed.inject(AuthService).setUser(user);
    fixture = TestBed.createComponent(App);
    fixture.detectChanges();
    // Signed-in people get their role names and (with a workflow role) their task count for the badge.
    const http = TestBed.inject(HttpTestingController);
    await new Promise((resolve) => setTimeout(resolve, 50));
    http.match('/api/tasks').forEach((request) => request.flush({ total: tasks, tasks: [] }));
    http.match((request) => request.url.startsWith('/api/reference/')).forEach((request) => request.flush([]));
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
      ['eligibility', '適格性チェック', '/eligibility'],
      ['hosts', '連携先を探す', '/hosts'],
    ]);
  });

  it('offers anonymous visitors a sign-in link', async () => {
    const element = await render();

    const signIn = element.querySelector<HTMLAnchorElement>('.site-header__sign-in');
    expect(signIn?.textContent?.trim()).toBe('サインイン');
    expect(signIn?.getAttribute('href')).toBe('/sign-in');
  });

  it("shows a signed-in person's name, roles and own navigation", async () => {
    const element = await render(JMSB_USER);
    // The account menu is a deferred block: it loads only for signed-in people.
    for (const block of await fixture.getDeferBlocks()) {
      await block.render(DeferBlockState.Complete);
    }

    expect(element.querySelector('.site-header__sign-in')).toBeNull();
    expect(element.querySelector('[data-testid="user-menu"]')?.textContent).toContain('日本専門医機構 デモ担当');
    expect(element.querySelector('[data-testid="user-menu"]')?.textContent).toContain('日本専門医機構 担当者');
    expect([...element.querySelectorAll('nav a[data-nav-id]')].map((a) => a.getAttribute('data-nav-id'))).toEqual([
      'home',
      'regional-data',
      'eligibility',
      'hosts',
      'nominations',
      'programs',
      'analytics',
      'rules',
      'facilities',
      'users',
      'audit',
      'dev-mailbox',
    ]);
  });

  it('gives a society reviewer nominations but no user management', async () => {
    const element = await render(SOCIETY_USER);

    expect([...element.querySelectorAll('nav a[data-nav-id]')].map((a) => a.getAttribute('data-nav-id'))).toEqual([
      'home',
      'regional-data',
      'eligibility',
      'hosts',
      'nominations',
      'analytics',
      'audit',
    ]);
  });

  it('announces the number of nomination tasks on the navigation badge', async () => {
    const element = await render(SOCIETY_USER, 3);

    const badge = element.querySelector('nav a[data-nav-id="nominations"] .primary-nav__count');
    expect(badge?.textContent?.trim()).toBe('3');
    expect(badge?.getAttribute('aria-label')).toBe('3 件の作業');
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
