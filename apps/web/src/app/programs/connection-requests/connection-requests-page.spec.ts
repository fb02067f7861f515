import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AuthService } from '../../auth/data-access/auth.service';
import { apiError, status } from '../../testing/account.fixtures';
import { typeInto } from '../../testing/dom';
import { provideTestEnvironment } from '../../testing/test-providers';
import { HOST_ID, HOST_USER, LEDGER, OTHER_HOST, PROGRAM_ID, connectionRequest, program } from '../testing/program.fixtures';
import { ConnectionRequestsPage } from './connection-requests-page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('ConnectionRequestsPage', () => {
  async function render() {
    TestBed.configureTestingModule({ imports: [ConnectionRequestsPage], providers: provideTestEnvironment() });
    TestBed.inject(AuthService).setUser(HOST_USER);
    const fixture = TestBed.createComponent(ConnectionRequestsPage);
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    await settle();
    http.match((request) => request.url.startsWith('/api/reference/')).forEach((request) => request.flush([]));
    http.expectOne('/api/programs').flush([program({ requests: [connectionRequest(), connectionRequest({ id: 'c-other', host: OTHER_HOST })] })]);
    http.expectOne(`/api/hosts/${HOST_ID}/ledger`).flush(LEDGER);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement, http };
  }

  it('lists the requests addressed to my facility only, with the status in words, and my ledger', async () => {
    const { element } = await render();
    const rows = element.querySelectorAll('[data-testid="incoming-requests"] tbody tr');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.textContent).toContain('東京みなと総合病院（デモ）');
    expect(rows[0]?.textContent).toContain('3 名 · 各 12 か月');
    expect(rows[0]?.querySelector('[data-status]')?.textContent?.trim()).toBe('待機中');
    expect(element.querySelector('[data-testid="pending-count"]')?.textContent).toContain('回答待ち: 1 件');

    const ledger = element.querySelector('[data-testid="ledger"] tr[data-specialty="internal-medicine"]');
    expect([...(ledger?.querySelectorAll('td.num') ?? [])].map((cell) => cell.textContent?.trim())).toEqual(['3', '3', '0', '3']);
    expect(element.querySelector('[data-testid="ledger"] caption')?.textContent).toContain('2027年度の受入枠');
  });

  it('accepts fewer places than asked with the version it loaded, then refreshes the ledger', async () => {
    const { fixture, element, http } = await render();
    (element.querySelector('[data-testid="accept"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    typeInto(document.querySelector('[data-testid="accept-places"]'), '2');
    (document.querySelector('[data-testid="confirm-accept"]') as HTMLButtonElement).click();
    await fixture.whenStable();

    const accept = http.expectOne(`/api/programs/${PROGRAM_ID}/requests/c0000000-0000-4000-8000-000000000001/accept`);
    expect(accept.request.body).toEqual({ places: 2, months: 12, version: 1 });
    accept.flush(program({ requests: [connectionRequest({ status: 'accepted', placesAccepted: 2, monthsAccepted: 12, version: 2 })] }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    http
      .expectOne(`/api/hosts/${HOST_ID}/ledger`)
      .flush({ ...LEDGER, rows: [{ ...LEDGER.rows[0], placesRequested: 0, placesAccepted: 2, remaining: 1 }] });
    await fixture.whenStable();

    expect(element.querySelector('[data-testid="incoming-requests"] [data-status]')?.textContent?.trim()).toBe('受諾');
    expect(element.querySelector('[data-testid="incoming-requests"]')?.textContent).toContain('2 名を受諾 · 各 12 か月');
    const ledger = element.querySelector('[data-testid="ledger"] tr[data-specialty="internal-medicine"]');
    expect([...(ledger?.querySelectorAll('td.num') ?? [])].map((cell) => cell.textContent?.trim())).toEqual(['3', '0', '2', '1']);
  });

  it('refuses more places than asked before sending', async () => {
    const { fixture, element, http } = await render();
    (element.querySelector('[data-testid="accept"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    typeInto(document.querySelector('[data-testid="accept-places"]'), '4');
    (document.querySelector('[data-testid="confirm-accept"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    http.expectNone((request) => request.url.endsWith('/accept'));
    expect(document.querySelector('[data-testid="accept-places"]')?.closest('mat-form-field')?.textContent).toContain(
      '3 以下の数を入力してください。',
    );
  });

  it('says clearly when the host has no capacity left', async () => {
    const { fixture, element, http } = await render();
    (element.querySelector('[data-testid="accept"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    (document.querySelector('[data-testid="confirm-accept"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    http
      .expectOne((request) => request.url.endsWith('/accept'))
      .flush(apiError(409, 'NO_CAPACITY_LEFT', 'no capacity left (3 of 3 places taken)'), status(409));
    await fixture.whenStable();
    expect(document.querySelector('mat-dialog-container [role="alert"]')?.textContent).toContain(
      '受入可能数に空きがありません（3 名のうち 3 名が受諾済み）',
    );
  });

  it('declines only with a reason', async () => {
    const { fixture, element, http } = await render();
    (element.querySelector('[data-testid="decline"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    (document.querySelector('[data-testid="confirm-decline"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    http.expectNone((request) => request.url.endsWith('/decline'));
    expect(document.querySelector('[data-testid="decline-reason"]')?.closest('mat-form-field')?.textContent).toContain('入力してください。');

    typeInto(document.querySelector('[data-testid="decline-reason"]'), '指導医が不足しています');
    (document.querySelector('[data-testid="confirm-decline"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    const decline = http.expectOne((request) => request.url.endsWith('/decline'));
    expect(decline.request.body).toEqual({ reason: '指導医が不足しています', version: 1 });
  });
});
