import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { JMSB_USER, apiError, status } from '../../testing/account.fixtures';
import { fieldMessage, submit, typeInto } from '../../testing/dom';
import { provideTestEnvironment } from '../../testing/test-providers';
import { AuthService } from '../data-access/auth.service';
import { SignInPage } from './sign-in-page';

describe('SignInPage', () => {
  async function render(inputs: { returnUrl?: string; reason?: string } = {}) {
    TestBed.configureTestingModule({ imports: [SignInPage], providers: provideTestEnvironment() });
    const fixture = TestBed.createComponent(SignInPage);
    for (const [name, value] of Object.entries(inputs)) {
      fixture.componentRef.setInput(name, value);
    }
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    return {
      fixture,
      element,
      http: TestBed.inject(HttpTestingController),
      email: element.querySelector<HTMLInputElement>('input[type="email"]'),
      password: element.querySelector<HTMLInputElement>('input[autocomplete="current-password"]'),
    };
  }

  it('checks the fields before sending anything', async () => {
    const { fixture, http, email, password } = await render();

    await submit(fixture);
    expect(fieldMessage(email)).toBe('入力してください。');
    expect(fieldMessage(password)).toBe('入力してください。');

    typeInto(email, 'not-an-email');
    await submit(fixture);
    expect(fieldMessage(email)).toContain('メールアドレスの形式');
    http.expectNone('/api/auth/login');
  });

  it("shows the API's field messages next to their fields", async () => {
    const { fixture, element, http, email, password } = await render();
    typeInto(email, 'jmsb@demo.renkei.test');
    typeInto(password, 'x');

    await submit(fixture);
    http.expectOne('/api/auth/login').flush(
      apiError(400, 'VALIDATION_FAILED', 'Invalid input: email, password', {
        email: ['email must be an e-mail address'],
        password: ['password must not be empty'],
      }),
      status(400),
    );
    await fixture.whenStable();

    expect(fieldMessage(email)).toContain('メールアドレスの形式');
    expect(fieldMessage(password)).toBe('入力してください。');
    expect(email?.getAttribute('aria-invalid')).toBe('true');
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('各項目のメッセージを確認してください');
  });

  it('says the e-mail or password is wrong on a 401, in an alert, and lets the person try again', async () => {
    const { fixture, element, http, email, password } = await render();
    typeInto(email, 'jmsb@demo.renkei.test');
    typeInto(password, 'wrong password');

    await submit(fixture);
    const button = element.querySelector<HTMLButtonElement>('button[type="submit"]');
    expect(button?.disabled).toBe(true);
    http.expectOne('/api/auth/login').flush(apiError(401, 'INVALID_CREDENTIALS', 'The e-mail address or password is incorrect.'), status(401));
    await fixture.whenStable();

    expect(element.querySelector('[role="alert"]')?.textContent?.trim()).toBe('メールアドレスまたはパスワードが正しくありません。');
    expect(button?.disabled).toBe(false);
    expect(TestBed.inject(AuthService).isSignedIn()).toBe(false);
  });

  it('signs in and goes to the return URL', async () => {
    const { fixture, http, email, password } = await render({ returnUrl: '/admin/audit?action=auth.' });
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    typeInto(email, ' JMSB@demo.renkei.test ');
    typeInto(password, 'renkei-demo-2026');

    await submit(fixture);
    const request = http.expectOne('/api/auth/login');
    expect(request.request.body).toEqual({ email: 'JMSB@demo.renkei.test', password: 'renkei-demo-2026' });
    request.flush(JMSB_USER);
    await fixture.whenStable();

    expect(TestBed.inject(AuthService).user()).toEqual(JMSB_USER);
    expect(navigate).toHaveBeenCalledWith('/admin/audit?action=auth.');
  });

  it('never follows a return URL out of the app', async () => {
    const { fixture, http, email, password } = await render({ returnUrl: '//evil.example/' });
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    typeInto(email, 'jmsb@demo.renkei.test');
    typeInto(password, 'renkei-demo-2026');

    await submit(fixture);
    http.expectOne('/api/auth/login').flush(JMSB_USER);
    await fixture.whenStable();

    expect(navigate).toHaveBeenCalledWith('/');
  });

  it('explains why the person was sent here', async () => {
    const { element } = await render({ reason: 'expired' });

    expect(element.querySelector('[data-testid="sign-in-notice"]')?.textContent).toContain('セッションの有効期限が切れた');
  });
});
