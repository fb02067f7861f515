import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { apiError, status } from '../../testing/account.fixtures';
import { fieldMessage, submit, typeInto } from '../../testing/dom';
import { round } from '../../testing/nomination.fixtures';
import { provideTestEnvironment } from '../../testing/test-providers';
import { OpenRoundFormComponent, openRoundRequest } from './open-round-form';

describe('open round form', () => {
  it('maps the form to the request: deadlines at the end of the day in Japan time', () => {
    expect(
      openRoundRequest({ recruitmentYear: 2027, prefectureDeadline: '2027-01-31', societyDeadline: '2027-02-28', message: ' ご協力ください。 ' }),
    ).toEqual({
      recruitmentYear: 2027,
      prefectureDeadline: '2027-01-31T23:59:59+09:00',
      societyDeadline: '2027-02-28T23:59:59+09:00',
      message: 'ご協力ください。',
    });
  });

  async function render() {
    TestBed.configureTestingModule({ imports: [OpenRoundFormComponent], providers: provideTestEnvironment() });
    const fixture = TestBed.createComponent(OpenRoundFormComponent);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const input = (name: string) => element.querySelector<HTMLInputElement>(`[formcontrolname="${name}"]`);
    return { fixture, element, input, http: TestBed.inject(HttpTestingController) };
  }

  it('asks for both deadlines before sending', async () => {
    const { fixture, http, input } = await render();

    await submit(fixture);

    expect(fieldMessage(input('prefectureDeadline'))).toBe('入力してください。');
    expect(fieldMessage(input('societyDeadline'))).toBe('入力してください。');
    http.expectNone('/api/rounds');
  });

  it("shows the API's field errors under each field, and the opened round on success", async () => {
    const { fixture, element, http, input } = await render();
    const opened = jest.fn();
    fixture.componentInstance.opened.subscribe(opened);
    typeInto(input('recruitmentYear'), '2027');
    typeInto(input('prefectureDeadline'), '2020-01-31');
    typeInto(input('societyDeadline'), '2020-01-01');

    await submit(fixture);
    const request = http.expectOne('/api/rounds');
    expect(request.request.body).toMatchObject({ recruitmentYear: 2027, prefectureDeadline: '2020-01-31T23:59:59+09:00' });
    request.flush(
      apiError(400, 'INVALID_DEADLINES', 'Check the deadlines.', {
        prefectureDeadline: ['the prefectures’ deadline must be in the future'],
        societyDeadline: ['the societies’ deadline must come after the prefectures’ deadline'],
      }),
      status(400),
    );
    await fixture.whenStable();

    expect(fieldMessage(input('prefectureDeadline'))).toBe('期限は今より後の日付にしてください。');
    expect(fieldMessage(input('societyDeadline'))).toContain('都道府県の提出期限より後');
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('各項目のメッセージ');

    typeInto(input('prefectureDeadline'), '2027-01-31');
    typeInto(input('societyDeadline'), '2027-02-28');
    await submit(fixture);
    http.expectOne('/api/rounds').flush(round(), { status: 201, statusText: 'Created' });
    await fixture.whenStable();

    expect(opened).toHaveBeenCalledWith(round());
    expect(element.querySelector('[role="status"]')?.textContent).toContain('2027年度の募集を開始しました。');
  });
});
