import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { fieldMessage, submit, typeInto } from '../../testing/dom';
import { provideTestEnvironment } from '../../testing/test-providers';
import { HOST_ID } from '../testing/host-directory.fixtures';
import { SavedHostsPage } from './saved-hosts-page';

describe('SavedHostsPage', () => {
  async function render() {
    localStorage.setItem('renkei.savedHosts', JSON.stringify([{ facilityId: HOST_ID, name: '西北五さくら病院（デモ）' }]));
    TestBed.configureTestingModule({ imports: [SavedHostsPage], providers: provideTestEnvironment() });
    const fixture = TestBed.createComponent(SavedHostsPage);
    fixture.detectChanges();
    await fixture.whenStable();
    return { fixture, http: TestBed.inject(HttpTestingController), element: fixture.nativeElement as HTMLElement };
  }

  afterEach(() => localStorage.clear());

  it('sends the saved hosts with the address and language, then says to confirm by mail', async () => {
    const { fixture, http, element } = await render();
    expect(element.querySelector(`[data-testid="saved-hosts"] li[data-facility="${HOST_ID}"] a`)?.textContent).toContain('西北五さくら病院');

    typeInto(element.querySelector('[data-testid="alert-email"]'), 'resident@example.jp');
    await submit(fixture);
    const request = http.expectOne('/api/host-alerts');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ email: 'resident@example.jp', language: 'ja', facilityIds: [HOST_ID] });
    request.flush({ status: 'confirmation-sent' }, { status: 202, statusText: 'Accepted' });
    fixture.detectChanges();
    await fixture.whenStable();

    expect(element.querySelector('[data-testid="alert-sent"]')?.textContent?.trim()).toBe(
      '確認メールを送りました。メールのリンクから登録を完了してください。',
    );
  });

  it('shows the server’s field error at the field', async () => {
    const { fixture, http, element } = await render();
    typeInto(element.querySelector('[data-testid="alert-email"]'), 'resident@example.jp');
    await submit(fixture);
    http.expectOne('/api/host-alerts').flush(
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'Validation failed',
        fieldErrors: { email: ['email must be at most 254 characters'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    fixture.detectChanges();
    await fixture.whenStable();

    expect(fieldMessage(element.querySelector('[data-testid="alert-email"]'))).toBe('254 文字以内で入力してください。');
    expect(element.querySelector('[data-testid="alert-sent"]')).toBeNull();
  });

  it('removes a saved host', async () => {
    const { fixture, element } = await render();
    element.querySelector<HTMLButtonElement>('[data-testid="remove-saved"]')?.click();
    fixture.detectChanges();
    expect(element.querySelector('[data-testid="saved-hosts"]')?.textContent).toContain('保存した連携先はありません');
    expect(localStorage.getItem('renkei.savedHosts')).toBe('[]');
  });
});
