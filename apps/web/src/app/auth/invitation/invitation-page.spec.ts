import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { AOMORI_USER, JMSB_USER, apiError, status } from '../../testing/account.fixtures';
import { fieldMessage, submit, typeInto } from '../../testing/dom';
import { provideTestEnvironment } from '../../testing/test-providers';
import { AuthService } from '../data-access/auth.service';
import { InvitationPage } from './invitation-page';

const TOKEN = 'A'.repeat(43);
const STATUS_URL = `/api/invitations/${TOKEN}`;

describe('InvitationPage', () => {
  async function render(token = TOKEN) {
    TestBed.configureTestingModule({ imports: [InvitationPage], providers: provideTestEnvironment() });
    const fixture = TestBed.createComponent(InvitationPage);
    fixture.componentRef.setInput('token', token);
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    const element = fixture.nativeElement as HTMLElement;
    return { fixture, http, element, password: () => element.querySelector<HTMLInputElement>('input[autocomplete="new-password"]') };
  }

  it('shows the password form for a valid link, with the invited name and address', async () => {
    const { fixture, http, element, password } = await render();

    expect(element.querySelector('[role="status"]')?.textContent).toContain('読み込み中');
    http.expectOne(STATUS_URL).flush({ state: 'valid', email: 'new@test.renkei.invalid', displayName: '青森 太郎' });
    await fixture.whenStable();

    expect(element.querySelector('h1')?.textContent).toContain('招待を承諾してパスワードを設定');
    expect(element.textContent).toContain('青森 太郎 さん');
    expect(element.querySelector('[data-testid="invitation-email"]')?.textContent).toBe('new@test.renkei.invalid');
    expect(password()).not.toBeNull();
  });

  it.each([
    ['expired', { state: 'expired' }, '招待リンクの有効期限が切れています', '招待した方'],
    ['used', { state: 'used' }, 'この招待リンクはすでに使用されています', 'サインイン'],
  ])('says so plainly for an %s link, and what to do', async (_name, body, title, advice) => {
    const { fixture, http, element, password } = await render();

    http.expectOne(STATUS_URL).flush(body);
    await fixture.whenStable();

    expect(element.querySelector('h1')?.textContent).toContain(title);
    expect(element.textContent).toContain(advice);
    expect(password()).toBeNull();
  });

  it('offers sign-in and a password reset on the "used" page', async () => {
    const { fixture, http, element } = await render();
    http.expectOne(STATUS_URL).flush({ state: 'used' });
    await fixture.whenStable();

    const links = [...element.querySelectorAll('a')].map((link) => [link.textContent?.trim(), link.getAttribute('href')]);
    expect(links).toEqual([
      ['サインイン', '/sign-in'],
      ['パスワードを再設定する', '/forgot-password'],
    ]);
  });

  it('treats an unknown (404) or malformed (400) token as an invalid link', async () => {
    const { fixture, http, element } = await render();
    http.expectOne(STATUS_URL).flush(apiError(404, 'LINK_UNKNOWN', 'This link is not valid.'), status(404));
    await fixture.whenStable();
    expect(element.querySelector('h1')?.textContent).toContain('この招待リンクは無効です');

    TestBed.resetTestingModule();
    const malformed = await render('cut-off');
    malformed.http
      .expectOne('/api/invitations/cut-off')
      .flush(apiError(400, 'VALIDATION_FAILED', 'Invalid input: token', { token: ['token must be the token from the e-mail link'] }), status(400));
    await malformed.fixture.whenStable();
    expect(malformed.element.querySelector('h1')?.textContent).toContain('この招待リンクは無効です');
  });

  it('checks the password length before sending, and shows the API’s password message under the field', async () => {
    const { fixture, http, element, password } = await render();
    http.expectOne(STATUS_URL).flush({ state: 'valid', email: 'new@test.renkei.invalid', displayName: '青森 太郎' });
    await fixture.whenStable();

    typeInto(password(), 'short');
    await submit(fixture);
    expect(fieldMessage(password())).toBe('パスワードは 8 文字以上にしてください。');
    http.expectNone(`${STATUS_URL}/accept`);

    typeInto(password(), 'password');
    await submit(fixture);
    http.expectOne(`${STATUS_URL}/accept`).flush(
      apiError(400, 'PASSWORD_REJECTED', 'password is one of the most common passwords; choose another', {
        password: ['password is one of the most common passwords; choose another'],
      }),
      status(400),
    );
    await fixture.whenStable();
    expect(fieldMessage(password())).toContain('よく使われていて推測されやすいパスワード');
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('各項目のメッセージ');
  });

  it('accepts: signs the person in and goes home', async () => {
    const { fixture, http, password } = await render();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    http.expectOne(STATUS_URL).flush({ state: 'valid', email: 'aomori@demo.renkei.test', displayName: '青森県 医療政策 デモ担当' });
    await fixture.whenStable();

    typeInto(password(), 'a brand new passphrase');
    await submit(fixture);
    const accept = http.expectOne(`${STATUS_URL}/accept`);
    expect(accept.request.method).toBe('POST');
    expect(accept.request.body).toEqual({ password: 'a brand new passphrase' });
    accept.flush(AOMORI_USER);
    await fixture.whenStable();

    expect(TestBed.inject(AuthService).user()).toEqual(AOMORI_USER);
    expect(navigate).toHaveBeenCalledWith('/');
  });

  it('switches to the "used" page when the link was used meanwhile (410)', async () => {
    const { fixture, http, element, password } = await render();
    http.expectOne(STATUS_URL).flush({ state: 'valid', email: 'x@test.renkei.invalid', displayName: 'X' });
    await fixture.whenStable();

    typeInto(password(), 'a brand new passphrase');
    await submit(fixture);
    http.expectOne(`${STATUS_URL}/accept`).flush(apiError(410, 'LINK_USED', 'This link has already been used.'), status(410));
    await fixture.whenStable();

    expect(element.querySelector('[data-link-state="used"] h1')?.textContent).toContain('すでに使用されています');
  });

  it('warns that accepting switches accounts when someone is signed in', async () => {
    const { fixture, http, element } = await render();
    TestBed.inject(AuthService).setUser(JMSB_USER);
    http.expectOne(STATUS_URL).flush({ state: 'valid', email: 'x@test.renkei.invalid', displayName: 'X' });
    await fixture.whenStable();

    expect(element.querySelector('.rk-alert--warning')?.textContent).toContain('jmsb@demo.renkei.test');
  });
});
