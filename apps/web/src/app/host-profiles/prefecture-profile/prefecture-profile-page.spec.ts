import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PrefectureProfileResponse } from '@renkei/contract';
import { AuthService } from '../../auth/data-access/auth.service';
import { AOMORI_USER, apiError, status } from '../../testing/account.fixtures';
import { fieldMessage, submit, typeInto } from '../../testing/dom';
import { provideTestEnvironment } from '../../testing/test-providers';
import { PrefectureProfilePage } from './prefecture-profile-page';

const URL = '/api/prefecture-profiles/02';
const NEVER_SAVED: PrefectureProfileResponse = { prefectureCode: '02', content: {}, updatedAt: null, version: 0 };

describe('PrefectureProfilePage', () => {
  async function render() {
    TestBed.configureTestingModule({ imports: [PrefectureProfilePage], providers: provideTestEnvironment() });
    TestBed.inject(AuthService).setUser(AOMORI_USER);
    const fixture = TestBed.createComponent(PrefectureProfilePage);
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    await new Promise((resolve) => setTimeout(resolve, 50));
    http.match((request) => request.url.startsWith('/api/reference/')).forEach((request) => request.flush([]));
    http.expectOne(URL).flush(NEVER_SAVED);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement, http };
  }

  it('saves the first version with version 0 and shows when it was saved', async () => {
    const { fixture, element, http } = await render();

    expect(element.querySelector('[data-testid="updated-at"]')?.textContent).toContain('まだ保存されていません。');
    typeInto(element.querySelector('textarea[formcontrolname="supportProgrammes"]'), ' 青森県医師修学資金 ');
    typeInto(element.querySelector('input[formcontrolname="websiteUrl"]'), 'https://www.pref.aomori.lg.jp/');
    await submit(fixture);

    const request = http.expectOne(URL);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      supportProgrammes: '青森県医師修学資金',
      allowances: null,
      livingCosts: null,
      message: null,
      websiteUrl: 'https://www.pref.aomori.lg.jp/',
      version: 0,
    });
    request.flush({ ...NEVER_SAVED, content: { supportProgrammes: '青森県医師修学資金' }, updatedAt: '2026-11-30T01:00:00.000Z', version: 1 });
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="updated-at"]')?.textContent).toContain('2026/11/30 10:00:00 JST');
    expect(element.querySelector('.rk-form-alert')?.textContent).toContain('保存しました。');
  });

  it('wants an https address, and says to reload when someone saved first', async () => {
    const { fixture, element, http } = await render();
    const url = element.querySelector<HTMLInputElement>('input[formcontrolname="websiteUrl"]');

    typeInto(url, 'http://example.jp');
    await submit(fixture);
    expect(fieldMessage(url)).toBe('https:// で始まるアドレスを入力してください。');
    http.expectNone(URL);

    typeInto(url, '');
    await submit(fixture);
    http.expectOne(URL).flush(apiError(409, 'VERSION_CONFLICT', 'Someone else saved this profile.'), status(409));
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('ほかの人が先に保存しました');
    expect([...element.querySelectorAll('button')].some((button) => button.textContent?.trim() === '再読み込み')).toBe(true);
  });
});
