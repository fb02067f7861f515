import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideTestEnvironment } from '../../testing/test-providers';
import { HOST_ID } from '../testing/host-directory.fixtures';
import { HostAlertTokenPage } from './host-alert-token-page';

describe('HostAlertTokenPage', () => {
  const token = 'a'.repeat(43);

  async function render(action: 'confirm' | 'unsubscribe') {
    TestBed.configureTestingModule({ imports: [HostAlertTokenPage], providers: provideTestEnvironment() });
    const fixture = TestBed.createComponent(HostAlertTokenPage);
    fixture.componentRef.setInput('action', action);
    fixture.componentRef.setInput('token', token);
    fixture.detectChanges();
    await fixture.whenStable();
    return { fixture, http: TestBed.inject(HttpTestingController), element: fixture.nativeElement as HTMLElement };
  }

  it('confirms only when the button is pressed (mail scanners open links), then lists the hosts', async () => {
    const { fixture, http, element } = await render('confirm');
    http.expectNone('/api/host-alerts/confirm');

    element.querySelector<HTMLButtonElement>('[data-testid="alert-action"]')?.click();
    const request = http.expectOne('/api/host-alerts/confirm');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ token });
    request.flush({ status: 'confirmed', hosts: [{ facilityId: HOST_ID, name: '西北五さくら病院（デモ）' }] });
    fixture.detectChanges();
    await fixture.whenStable();

    const result = element.querySelector('[data-testid="alert-result"]');
    expect(result?.textContent).toContain('登録が完了しました');
    expect(result?.querySelector('a')?.getAttribute('href')).toBe(`/hosts/${HOST_ID}`);
  });

  it('unsubscribes on the button and shows a clear error when the link is no good', async () => {
    const { fixture, http, element } = await render('unsubscribe');
    expect(element.querySelector('h1')?.textContent).toContain('配信停止');
    http.expectNone('/api/host-alerts/unsubscribe');

    element.querySelector<HTMLButtonElement>('[data-testid="alert-action"]')?.click();
    http
      .expectOne('/api/host-alerts/unsubscribe')
      .flush({ statusCode: 410, code: 'LINK_EXPIRED', message: 'This link has expired' }, { status: 410, statusText: 'Gone' });
    fixture.detectChanges();
    await fixture.whenStable();

    expect(element.querySelector('[role="alert"]')?.textContent).toContain('このリンクは有効期限が切れています。');
    expect(element.querySelector('[data-testid="alert-action"]')).not.toBeNull();
  });
});
