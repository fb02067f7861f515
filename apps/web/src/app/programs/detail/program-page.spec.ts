import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AuthService } from '../../auth/data-access/auth.service';
import { AOMORI_USER, apiError, status } from '../../testing/account.fixtures';
import { typeInto } from '../../testing/dom';
import { provideTestEnvironment } from '../../testing/test-providers';
import { BASE_USER, HOST_ID, HOST_USER, LEDGER, OTHER_HOST, PROGRAM_ID, connectionRequest, program } from '../testing/program.fixtures';
import { ProgramPage } from './program-page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
const ACCEPTED = connectionRequest({
  status: 'accepted',
  placesAccepted: 2,
  monthsAccepted: 12,
  respondedAt: '2026-11-30T01:00:00.000Z',
  version: 2,
});
const DECLINED = connectionRequest({ id: 'c-declined', host: OTHER_HOST, status: 'declined', declineReason: '指導医が不足しています', version: 2 });

describe('ProgramPage', () => {
  async function render(user = BASE_USER, loaded = program({ requests: [ACCEPTED, DECLINED] })) {
    TestBed.configureTestingModule({ imports: [ProgramPage], providers: provideTestEnvironment() });
    TestBed.inject(AuthService).setUser(user);
    const fixture = TestBed.createComponent(ProgramPage);
    fixture.componentRef.setInput('id', PROGRAM_ID);
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    await settle();
    http.match((request) => request.url.startsWith('/api/reference/')).forEach((request) => request.flush([]));
    http.expectOne(`/api/programs/${PROGRAM_ID}`).flush(loaded);
    await settle();
    // The host, its prefecture and the JMSB also load the host's ledger for the program's year.
    const ledgers = http.match((request) => request.url.endsWith('/ledger'));
    ledgers.forEach((request) => request.flush(LEDGER));
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement, http, ledgers };
  }

  it("shows each host's state, what was asked and answered, the decline reason and the stored decision", async () => {
    const { element } = await render();
    const accepted = element.querySelector('rk-request-card [data-host="DEMO-H-0204"]');
    expect(accepted?.querySelector('[data-status]')?.textContent?.trim()).toBe('受諾');
    expect(accepted?.querySelector('[data-testid="asked"]')?.textContent).toContain('3 名 · 各 12 か月');
    expect(accepted?.querySelector('[data-testid="answer"]')?.textContent).toContain('2 名を受諾 · 各 12 か月');
    expect(accepted?.textContent).toContain('医師少数区域にあります');
    const declined = element.querySelector('rk-request-card [data-host="DEMO-H-1201"]');
    expect(declined?.querySelector('[data-status]')?.textContent?.trim()).toBe('辞退');
    expect(declined?.querySelector('[data-testid="decline-reason"]')?.textContent).toContain('指導医が不足しています');
    expect(element.querySelector('[data-testid="accepted-total"]')?.textContent?.trim()).toBe('2');
    expect(element.querySelector('.rk-page-eyebrow a')?.getAttribute('href')).toBe('/programs');
  });

  it('lets the base withdraw an accepted request after confirming, sending the version it loaded', async () => {
    const { fixture, element, http } = await render();
    const buttons = element.querySelectorAll('[data-testid="withdraw"]');
    expect(buttons).toHaveLength(1);
    (buttons[0] as HTMLButtonElement).click();
    await fixture.whenStable();
    (document.querySelector('mat-dialog-container [data-testid="confirm"]') as HTMLButtonElement).click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const withdraw = http.expectOne(`/api/programs/${PROGRAM_ID}/requests/${ACCEPTED.id}/withdraw`);
    expect(withdraw.request.body).toEqual({ version: 2 });
    withdraw.flush(program({ requests: [{ ...ACCEPTED, status: 'withdrawn', version: 3 }, DECLINED] }));
    await fixture.whenStable();
    expect(element.querySelector('rk-request-card [data-host="DEMO-H-0204"] [data-status]')?.textContent?.trim()).toBe('取り下げ');
  });

  it('records the recruitment result with the program version and shows a conflict in words', async () => {
    const { fixture, element, http } = await render();
    typeInto(element.querySelector('[data-testid="recruited-input"]'), '2');
    (element.querySelector('[data-testid="save-result"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    const put = http.expectOne(`/api/programs/${PROGRAM_ID}/results`);
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ recruited: 2, version: 1 });
    put.flush(program({ requests: [ACCEPTED, DECLINED], recruited: 2, version: 2 }));
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="recruited"]')?.textContent).toContain('採用数: 2 名');

    (element.querySelector('[data-testid="save-result"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    const stale = http.expectOne(`/api/programs/${PROGRAM_ID}/results`);
    expect(stale.request.body).toEqual({ recruited: 2, version: 2 });
    stale.flush(apiError(409, 'VERSION_CONFLICT', 'stale version'), status(409));
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('ほかの人がこのプログラムまたは依頼を先に変更しました');
  });

  it('records a rotation on an accepted request', async () => {
    const { fixture, element, http } = await render();
    const card = element.querySelector('rk-request-card [data-host="DEMO-H-0204"]') as HTMLElement;
    typeInto(card.querySelector('[data-testid="rotation-resident"]'), 'A-1');
    typeInto(card.querySelector('[data-testid="rotation-start"]'), '2027-04-01');
    (card.querySelector('[data-testid="add-rotation"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    const rotation = http.expectOne(`/api/programs/${PROGRAM_ID}/requests/${ACCEPTED.id}/rotations`);
    expect(rotation.request.body).toEqual({ residentLabel: 'A-1', startedOn: '2027-04-01', endedOn: null });
    rotation.flush(
      program({ requests: [{ ...ACCEPTED, rotations: [{ id: 'rot-1', residentLabel: 'A-1', startedOn: '2027-04-01', endedOn: null }] }, DECLINED] }),
    );
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="rotations"]')?.textContent).toContain('A-1');
  });

  it('sends a host facility user back to its requests, without base actions', async () => {
    const { element } = await render(HOST_USER);
    expect(element.querySelector('.rk-page-eyebrow a')?.getAttribute('href')).toBe('/connection-requests');
    expect(element.querySelector('[data-testid="withdraw"]')).toBeNull();
    expect(element.querySelector('[data-testid="add-rotation"]')).toBeNull();
    expect(element.querySelector('rk-request-card [data-host="DEMO-H-0204"] [data-testid="comment"]')).not.toBeNull();
    expect(element.querySelector('rk-request-card [data-host="DEMO-H-1201"] [data-testid="comment"]')).toBeNull();
  });

  it("shows a prefecture officer the ledger of its own prefecture's host only", async () => {
    const { element, ledgers } = await render(AOMORI_USER);
    expect(ledgers.map((request) => request.request.urlWithParams)).toEqual([`/api/hosts/${HOST_ID}/ledger?year=2027`]);
    const ledger = element.querySelector('rk-request-card [data-host="DEMO-H-0204"] [data-testid="ledger"]');
    expect(ledger?.querySelector('caption')?.textContent).toContain('2027年度の受入枠');
    expect(element.querySelector('rk-request-card [data-host="DEMO-H-1201"] [data-testid="ledger"]')).toBeNull();
  });

  it('loads no ledger for the base facility', async () => {
    const { ledgers } = await render();
    expect(ledgers).toHaveLength(0);
  });

  it('lets a prefecture officer comment but not withdraw or record results', async () => {
    const { fixture, element, http } = await render(AOMORI_USER);
    expect(element.querySelector('[data-testid="withdraw"]')).toBeNull();
    expect(element.querySelector('[data-testid="save-result"]')).toBeNull();
    const card = element.querySelector('rk-request-card [data-host="DEMO-H-0204"]') as HTMLElement;
    typeInto(card.querySelector('[data-testid="comment"]'), '県から指導医の派遣を調整します');
    (card.querySelector('[data-testid="add-comment"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    const comment = http.expectOne(`/api/programs/${PROGRAM_ID}/requests/${ACCEPTED.id}/comments`);
    expect(comment.request.body).toEqual({ comment: '県から指導医の派遣を調整します' });
  });
});
