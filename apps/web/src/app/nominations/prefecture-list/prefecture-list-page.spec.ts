import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CurrentUserResponse, SubmissionResponse } from '@renkei/contract';
import { AuthService } from '../../auth/data-access/auth.service';
import { AOMORI_USER, apiError, status } from '../../testing/account.fixtures';
import { ROUND_ID, candidate, round, submission } from '../../testing/nomination.fixtures';
import { provideTestEnvironment } from '../../testing/test-providers';
import { PrefectureListPage } from './prefecture-list-page';

const CHIBA_USER: CurrentUserResponse = { ...AOMORI_USER, email: 'chiba@demo.renkei.test', roles: [{ role: 'prefecture', prefectureCode: '12' }] };

describe('PrefectureListPage', () => {
  async function render(user: CurrentUserResponse, list: SubmissionResponse | 'forbidden', roundOverrides = {}) {
    TestBed.configureTestingModule({ imports: [PrefectureListPage], providers: provideTestEnvironment() });
    TestBed.inject(AuthService).setUser(user);
    const fixture = TestBed.createComponent(PrefectureListPage);
    fixture.componentRef.setInput('roundId', ROUND_ID);
    fixture.componentRef.setInput('prefectureCode', '02');
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    // Names and the task count load alongside (the task count from a root service, a moment later).
    await new Promise((resolve) => setTimeout(resolve, 50));
    http.match((request) => request.url.startsWith('/api/reference/')).forEach((request) => request.flush([]));
    http.match('/api/tasks').forEach((request) => request.flush({ total: 0, tasks: [] }));
    http.expectOne(`/api/rounds/${ROUND_ID}`).flush(round(roundOverrides));
    const listRequest = http.expectOne(`/api/rounds/${ROUND_ID}/submissions/02`);
    if (list === 'forbidden') {
      listRequest.flush(apiError(403, 'NOMINATION_OUT_OF_SCOPE', 'You can see only your own prefecture’s candidate list.'), status(403));
    } else {
      listRequest.flush(list);
    }
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement, http };
  }

  const button = (element: HTMLElement, text: string) =>
    [...element.querySelectorAll<HTMLButtonElement>('button')].find((item) => item.textContent?.trim() === text);

  it("shows the JMSB's return comment and keeps submission disabled while a row has problems, saying which", async () => {
    const incomplete = candidate({
      acceptableNumber: null,
      eligibility: {
        ...candidate().eligibility,
        problems: [{ code: 'ACCEPTABLE_NUMBER_MISSING', field: 'acceptableNumber', messageJa: '受入可能数を入力してください。', messageEn: 'x' }],
      },
    });
    const { element } = await render(
      AOMORI_USER,
      submission({ status: 'returned', returnComment: '内科の受入数を見直してください。', candidates: [incomplete] }),
    );

    expect(element.querySelector('[data-testid="return-comment"]')?.textContent).toContain('内科の受入数を見直してください。');
    expect(button(element, 'リストを提出する')?.disabled).toBe(true);
    expect(element.querySelector('[data-testid="blockers"]')?.textContent).toContain('受入可能数（年間）: 受入可能数を入力してください。');
    expect(element.querySelector('[data-candidate="SAMPLE-02-2:internal-medicine"]')?.textContent).toContain('提出できない理由');
  });

  it('resubmits a row a society returned, and says to reload when someone else changed it', async () => {
    const returned = candidate({ reviewStatus: 'returned', reviewComment: '指導医数を確認してください。', version: 4 });
    const { fixture, element, http } = await render(AOMORI_USER, submission({ status: 'submitted', editable: false, candidates: [returned] }), {
      status: 'reviewing',
    });

    expect(element.querySelector('[data-testid="review-comment"]')?.textContent).toContain('指導医数を確認してください。');
    expect(element.querySelector('[data-testid="read-only"]')?.textContent).toContain('学会が差し戻した行だけ');
    expect(button(element, 'リストから外す')).toBeUndefined();
    button(element, 'この行を再提出')?.click();

    const request = http.expectOne(`/api/rounds/${ROUND_ID}/candidates/${returned.id}/resubmit`);
    expect(request.request.body).toEqual({ version: 4 });
    request.flush(apiError(409, 'VERSION_CONFLICT', 'Someone else changed this candidate after you opened it.'), status(409));
    await fixture.whenStable();

    expect(element.querySelector('[role="alert"] .rk-alert, .rk-form-alert')?.textContent).toContain('ほかの人がこの行を変更しました。再読み込み');
  });

  it("tells another prefecture's officer that the list is not theirs", async () => {
    const { element } = await render(CHIBA_USER, 'forbidden');

    expect(element.querySelector('[data-testid="refused"]')?.textContent).toContain('権限がありません');
    expect(button(element, '候補を追加')).toBeUndefined();
  });
});
