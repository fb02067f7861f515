import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CurrentUserResponse, ReviewListResponse } from '@renkei/contract';
import { AuthService } from '../../auth/data-access/auth.service';
import { ROUND_ID, candidate, round } from '../../testing/nomination.fixtures';
import { provideTestEnvironment } from '../../testing/test-providers';
import { ReviewPage } from './review-page';

const INTERNAL_MEDICINE: CurrentUserResponse = {
  email: 'internal-medicine@demo.renkei.test',
  displayName: '内科学会 デモ担当',
  language: 'ja',
  roles: [{ role: 'society', specialtyCode: 'internal-medicine' }],
};

describe('ReviewPage', () => {
  async function render(review: ReviewListResponse) {
    TestBed.configureTestingModule({ imports: [ReviewPage], providers: provideTestEnvironment() });
    TestBed.inject(AuthService).setUser(INTERNAL_MEDICINE);
    const fixture = TestBed.createComponent(ReviewPage);
    fixture.componentRef.setInput('roundId', ROUND_ID);
    fixture.componentRef.setInput('specialtyCode', 'internal-medicine');
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    // Names and the task count load alongside (the task count from a root service, a moment later).
    await new Promise((resolve) => setTimeout(resolve, 50));
    http.match((request) => request.url.startsWith('/api/reference/')).forEach((request) => request.flush([]));
    http.match('/api/tasks').forEach((request) => request.flush({ total: 0, tasks: [] }));
    http.expectOne(`/api/rounds/${ROUND_ID}/review/internal-medicine`).flush(review);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement, http };
  }

  const first = candidate({ version: 2 });
  const second = candidate({ id: 'c0000000-0000-4000-8000-000000000002', prefectureCode: '12', version: 5 });
  const confirmed = candidate({ id: 'c0000000-0000-4000-8000-000000000003', reviewStatus: 'confirmed' });

  it('says why nothing can be reviewed before the JMSB sends the candidates', async () => {
    const { element } = await render({ round: round(), specialtyCode: 'internal-medicine', candidates: [] });

    expect(element.querySelector('[data-testid="review-closed"]')?.textContent).toContain('まだ学会へ送付していません');
    expect(element.querySelector('input[type="checkbox"]')).toBeNull();
  });

  it('confirms the selected rows at once, each with the version it was loaded at', async () => {
    const { fixture, element, http } = await render({
      round: round({ status: 'reviewing' }),
      specialtyCode: 'internal-medicine',
      candidates: [first, second, confirmed],
    });
    // Confirmed rows have no checkbox; the two pending ones do.
    const boxes = element.querySelectorAll<HTMLInputElement>('.review-row input[type="checkbox"]');
    expect(boxes.length).toBe(2);
    boxes.forEach((box) => box.click());
    fixture.detectChanges();

    const bulk = [...element.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent?.includes('選択した 2 件を確認する'));
    expect(bulk?.disabled).toBe(false);
    bulk?.click();
    await fixture.whenStable();
    const confirm = document.querySelector<HTMLButtonElement>('mat-dialog-container [data-testid="confirm"]');
    expect(confirm?.textContent?.trim()).toBe('まとめて確認する');
    confirm?.click();
    await new Promise((resolve) => setTimeout(resolve, 300));

    const request = http.expectOne(`/api/rounds/${ROUND_ID}/review/internal-medicine/confirm`);
    expect(request.request.body).toEqual({
      candidates: [
        { id: first.id, version: 2 },
        { id: second.id, version: 5 },
      ],
    });
  });
});
