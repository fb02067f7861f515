import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { JMSB_USER } from '../../testing/account.fixtures';
import { submit, typeInto } from '../../testing/dom';
import { provideTestEnvironment } from '../../testing/test-providers';
import { AuthService } from '../data-access/auth.service';
import { ResetPasswordPage } from './reset-password-page';

const TOKEN = 'B'.repeat(43);

describe('ResetPasswordPage', () => {
  function render() {
    TestBed.configureTestingModule({ imports: [ResetPasswordPage], providers: provideTestEnvironment() });
    const fixture = TestBed.createComponent(ResetPasswordPage);
    fixture.componentRef.setInput('token', TOKEN);
    fixture.detectChanges();
    return { fixture, http: TestBed.inject(HttpTestingController), element: fixture.nativeElement as HTMLElement };
  }

  it('sets the new password, then says all sessions ended and offers sign-in', async () => {
    const { fixture, http, element } = render();
    TestBed.inject(AuthService).setUser(JMSB_USER);
    http.expectOne(`/api/password-reset/${TOKEN}`).flush({ state: 'valid', email: 'jmsb@demo.renkei.test' });
    await fixture.whenStable();

    typeInto(element.querySelector('input[autocomplete="new-password"]'), 'a fresh passphrase');
    await submit(fixture);
    const request = http.expectOne(`/api/password-reset/${TOKEN}`);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ password: 'a fresh passphrase' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    expect(element.querySelector('h1')?.textContent).toContain('新しいパスワードを設定しました');
    expect(element.querySelector('a')?.getAttribute('href')).toBe('/sign-in');
    expect(TestBed.inject(AuthService).isSignedIn()).toBe(false);
  });

  it('explains an expired link and links to a new request', async () => {
    const { fixture, http, element } = render();
    http.expectOne(`/api/password-reset/${TOKEN}`).flush({ state: 'expired' });
    await fixture.whenStable();

    expect(element.querySelector('h1')?.textContent).toContain('有効期限が切れています');
    expect([...element.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toContain('/forgot-password');
  });
});
