import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CompilationResponse } from '@renkei/contract';
import { AuthService } from '../../auth/data-access/auth.service';
import { JMSB_USER, apiError, status } from '../../testing/account.fixtures';
import { typeInto } from '../../testing/dom';
import { ROUND_ID, round } from '../../testing/nomination.fixtures';
import { provideTestEnvironment } from '../../testing/test-providers';
import { RoundCompilation } from './round-compilation';

const COMPILATION: CompilationResponse = {
  round: round({ expectedPlaces: [{ specialtyCode: 'internal-medicine', places: 10 }], version: 3 }),
  submissions: [
    { prefectureCode: '01', status: 'draft', submittedAt: null, candidateCount: 2, acceptableTotal: 0, version: 1 },
    { prefectureCode: '02', status: 'submitted', submittedAt: '2026-12-01T01:00:00.000Z', candidateCount: 1, acceptableTotal: 2, version: 7 },
  ],
  capacity: [
    { specialtyCode: 'internal-medicine', expectedPlaces: 10, offered: 2, short: true, byPrefecture: [{ prefectureCode: '02', offered: 2 }] },
    { specialtyCode: 'pediatrics', expectedPlaces: null, offered: 0, short: false, byPrefecture: [] },
  ],
};

describe('RoundCompilation', () => {
  async function render() {
    TestBed.configureTestingModule({ imports: [RoundCompilation], providers: provideTestEnvironment() });
    TestBed.inject(AuthService).setUser(JMSB_USER);
    const fixture = TestBed.createComponent(RoundCompilation);
    fixture.componentRef.setInput('roundId', ROUND_ID);
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    await new Promise((resolve) => setTimeout(resolve, 50));
    http.match((request) => request.url.startsWith('/api/reference/')).forEach((request) => request.flush([]));
    http.match('/api/tasks').forEach((request) => request.flush({ total: 0, tasks: [] }));
    http.expectOne(`/api/rounds/${ROUND_ID}/compilation`).flush(COMPILATION);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement, http };
  }

  const button = (element: HTMLElement, text: string) =>
    [...element.querySelectorAll<HTMLButtonElement>('button')].find((item) => item.textContent?.trim() === text);

  it('flags short capacity in words and explains why publishing is not possible yet', async () => {
    const { element } = await render();

    expect(element.querySelector('tr[data-specialty="internal-medicine"]')?.textContent).toContain('不足（あと 8 人分）');
    expect(element.querySelector('tr[data-specialty="pediatrics"]')?.textContent).toContain('必要数未入力');
    expect(button(element, '学会へ送付する')?.disabled).toBe(false);
    expect(button(element, '公表する')?.disabled).toBe(true);
    expect(element.querySelector('#publish-reason')?.textContent).toContain('先に候補を学会へ送付');
    // Before the deadline a draft stays with its prefecture; a submitted list can be returned.
    expect(element.querySelector('tr[data-prefecture="01"]')?.textContent).toContain('期限前の下書きは都道府県が編集できます。');
    expect(element.querySelector('tr[data-prefecture="02"] button')?.getAttribute('aria-label')).toBe('差し戻す（02）');
  });

  it('returns a list with a comment, and says to reload when the list changed meanwhile', async () => {
    const { fixture, element, http } = await render();

    (element.querySelector('tr[data-prefecture="02"] button') as HTMLButtonElement).click();
    await fixture.whenStable();
    typeInto(document.querySelector<HTMLInputElement>('mat-dialog-container textarea'), '受入可能数を見直してください。');
    document.querySelector<HTMLButtonElement>('mat-dialog-container [data-testid="confirm"]')?.click();
    await new Promise((resolve) => setTimeout(resolve, 300));

    const request = http.expectOne(`/api/rounds/${ROUND_ID}/submissions/02/return`);
    expect(request.request.body).toEqual({ comment: '受入可能数を見直してください。', version: 7 });
    request.flush(apiError(409, 'VERSION_CONFLICT', 'Someone else changed this candidate list after you opened it.'), status(409));
    await fixture.whenStable();

    expect(element.querySelector('[role="alert"]')?.textContent).toContain('ほかの人がこの候補リストを変更しました');
  });

  it('saves expected places with the round version', async () => {
    const { fixture, element, http } = await render();

    typeInto(element.querySelector<HTMLInputElement>('input[aria-label="pediatricsの必要数"]'), '4');
    button(element, '必要数を保存')?.click();
    await fixture.whenStable();

    const request = http.expectOne(`/api/rounds/${ROUND_ID}/expected-places`);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      places: [
        { specialtyCode: 'internal-medicine', places: 10 },
        { specialtyCode: 'pediatrics', places: 4 },
      ],
      version: 3,
    });
  });
});
