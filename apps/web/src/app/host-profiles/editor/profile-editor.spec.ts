import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CurrentUserResponse, HostProfileResponse } from '@renkei/contract';
import { AuthService } from '../../auth/data-access/auth.service';
import { AOMORI_USER, apiError, status } from '../../testing/account.fixtures';
import { fieldMessage, typeInto } from '../../testing/dom';
import { provideTestEnvironment } from '../../testing/test-providers';
import { FACILITY_ID, HOST_USER, hostProfile, place } from '../testing/host-profile.fixtures';
import { ProfileEditor } from './profile-editor';

const PROFILE_URL = `/api/host-profiles/${FACILITY_ID}`;
const settle = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ProfileEditor', () => {
  // The editor renders every item of the profile (about 40 Material fields): slow on a busy machine.
  jest.setTimeout(20_000);

  async function render(profile: HostProfileResponse, user: CurrentUserResponse = HOST_USER) {
    TestBed.configureTestingModule({ imports: [ProfileEditor], providers: provideTestEnvironment() });
    TestBed.inject(AuthService).setUser(user);
    const fixture = TestBed.createComponent(ProfileEditor);
    fixture.componentRef.setInput('facilityId', FACILITY_ID);
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    await settle();
    http.match((request) => request.url.startsWith('/api/reference/')).forEach((request) => request.flush([]));
    http.expectOne(PROFILE_URL).flush(profile);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement, http };
  }

  const button = (root: ParentNode, text: string) =>
    [...root.querySelectorAll<HTMLButtonElement>('button')].find((item) => item.textContent?.trim() === text);
  const confirmDialog = async (fixture: { whenStable(): Promise<unknown> }) => {
    await fixture.whenStable();
    document.querySelector<HTMLButtonElement>('mat-dialog-container [data-testid="confirm"]')?.click();
    await settle(300);
  };

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('loads the draft into the fields and shows status, completeness and the missing items by label', async () => {
    const { element } = await render(hostProfile());

    expect(element.querySelector('h1')?.textContent).toContain('西北五さくら病院（デモ）のプロフィール');
    expect(element.querySelector('[data-testid="profile-status"]')?.textContent).toBe('下書き');
    expect(element.querySelector('[data-testid="completeness"]')?.textContent).toBe('11%');
    expect(element.querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('11');
    expect(element.querySelector<HTMLTextAreaElement>('#profile-training-overview')?.value).toBe('地域の中核病院で幅広い症例を経験できます。');
    expect(element.querySelector<HTMLInputElement>('#profile-training-supervisingDoctors')?.value).toBe('6');
    expect(element.querySelector('#profile-training-literatureSearch input:checked')?.closest('mat-radio-button')?.textContent).toContain('はい');
    expect(element.querySelector('#profile-living-carNeeded input:checked')?.closest('mat-radio-button')?.textContent).toContain('未回答');
    expect(element.querySelector('[data-testid="published-at"]')?.textContent).toContain('まだ公開されていません');

    const missing = [...element.querySelectorAll('[data-testid="missing"] li button')];
    expect(missing.map((item) => item.textContent?.trim())).toEqual(['研修できる診療科', '車が必要', 'メールアドレス']);
    (missing[2] as HTMLButtonElement).click();
    expect(document.activeElement).toBe(element.querySelector('#profile-contact-email'));
    (missing[1] as HTMLButtonElement).click();
    expect(document.activeElement?.closest('#profile-living-carNeeded')).not.toBeNull();
  });

  it('saves every item with the loaded version (empty text as null) and shows the new completeness', async () => {
    const { fixture, element, http } = await render(hostProfile());

    typeInto(element.querySelector('#profile-training-departments'), '  総合内科、循環器内科 ');
    typeInto(element.querySelector('#profile-training-supervisingDoctors'), '8');
    typeInto(element.querySelector('#profile-contact-email'), 'kenshu@example.jp');
    element.querySelector<HTMLInputElement>('#profile-living-carNeeded mat-radio-button:nth-child(2) input')?.click();
    button(element, '下書きを保存')?.click();
    await fixture.whenStable();

    const request = http.expectOne(PROFILE_URL);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toMatchObject({
      version: 2,
      nameReading: null,
      message: null,
      photos: [],
      training: {
        overview: '地域の中核病院で幅広い症例を経験できます。',
        departments: '総合内科、循環器内科',
        supervisingDoctors: 8,
        literatureSearch: true,
        cases: null,
      },
      living: { dormitory: false, carNeeded: false, housingAllowanceYen: null },
      contact: { email: 'kenshu@example.jp', name: null, phone: null },
    });
    request.flush(hostProfile({ version: 3, completeness: { percent: 20, missing: ['training.cases'] } }));
    await fixture.whenStable();

    expect(element.querySelector('[data-testid="completeness"]')?.textContent).toBe('20%');
    expect(element.querySelector('[data-testid="profile-message"]')?.textContent).toContain('下書きを保存しました。');
  });

  it('says someone else saved first on 409, and offers to reload', async () => {
    const { fixture, element, http } = await render(hostProfile());

    button(element, '下書きを保存')?.click();
    http.expectOne(PROFILE_URL).flush(apiError(409, 'VERSION_CONFLICT', 'Someone else saved this profile after you opened it.'), status(409));
    await fixture.whenStable();

    expect(element.querySelector('[data-testid="profile-message"]')?.textContent).toContain('ほかの人がこのプロフィールを先に保存しました');
    button(element, '再読み込み')?.click();
    await settle();
    http.expectOne(PROFILE_URL).flush(hostProfile({ version: 5 }));
    await fixture.whenStable();
    expect(button(element, '再読み込み')).toBeUndefined();
  });

  it("shows the API's field messages at their fields", async () => {
    const { fixture, element, http } = await render(hostProfile());

    button(element, '下書きを保存')?.click();
    http
      .expectOne(PROFILE_URL)
      .flush(
        apiError(400, 'VALIDATION_FAILED', 'Invalid input: training.cases', { 'training.cases': ['cases must be at most 1000 characters'] }),
        status(400),
      );
    await fixture.whenStable();

    expect(fieldMessage(element.querySelector('#profile-training-cases'))).toBe('1000 文字以内で入力してください。');
    expect(element.querySelector('[data-testid="profile-message"]')?.textContent).toContain('各項目のメッセージを確認してください');
  });

  it('checks numbers and kana before sending', async () => {
    const { fixture, element } = await render(hostProfile());

    typeInto(element.querySelector('#profile-training-outpatientDaysPerWeek'), '8');
    typeInto(element.querySelector('#profile-nameReading'), '西北五');
    button(element, '下書きを保存')?.click();
    await fixture.whenStable();

    expect(fieldMessage(element.querySelector('#profile-training-outpatientDaysPerWeek'))).toBe('7 以下の数を入力してください。');
    expect(fieldMessage(element.querySelector('#profile-nameReading'))).toBe('ひらがな・カタカナで入力してください。');
  });

  it('saves unsaved edits, then submits the saved version', async () => {
    const { fixture, element, http } = await render(hostProfile());

    typeInto(element.querySelector('#profile-message'), 'お待ちしています。');
    button(element, '審査に提出')?.click();
    await confirmDialog(fixture);

    const save = http.expectOne(PROFILE_URL);
    expect(save.request.body).toMatchObject({ message: 'お待ちしています。', version: 2 });
    save.flush(hostProfile({ version: 3 }));
    const submit = http.expectOne(`${PROFILE_URL}/submit`);
    expect(submit.request.body).toEqual({ version: 3 });
    submit.flush(hostProfile({ status: 'submitted', version: 4 }));
    await fixture.whenStable();

    expect(element.querySelector('[data-testid="profile-status"]')?.textContent).toBe('審査中');
    expect(element.querySelector('[data-testid="profile-message"]')?.textContent).toContain('審査に提出しました。');
  });

  it('is read-only while submitted, and the host cannot approve', async () => {
    const { element } = await render(hostProfile({ status: 'submitted' }));

    expect(element.querySelector('[data-testid="read-only"]')?.textContent).toContain('審査中のため編集できません');
    expect(element.querySelector<HTMLTextAreaElement>('#profile-training-overview')?.disabled).toBe(true);
    expect(element.querySelector<HTMLInputElement>('#profile-living-dormitory input')?.disabled).toBe(true);
    expect(button(element, '下書きを保存')).toBeUndefined();
    expect(button(element, '承認する')).toBeUndefined();
    expect(button(element, '写真を追加')).toBeUndefined();
  });

  it("shows the prefecture's return comment and the published version's date", async () => {
    const { element } = await render(
      hostProfile({ status: 'returned', reviewComment: '当直の体制を具体的に書いてください。', publishedAt: '2026-10-01T01:00:00.000Z' }),
    );

    expect(element.querySelector('[data-testid="return-comment"]')?.textContent).toContain('当直の体制を具体的に書いてください。');
    expect(element.querySelector('[data-testid="profile-status"]')?.textContent).toBe('差し戻し');
    expect(element.querySelector('[data-testid="published-at"]')?.textContent).toContain('2026/10/01 10:00:00 JST');
  });

  it('lets the prefecture approve a submitted profile with its version, and lists what changed since the published one', async () => {
    const published = { ...hostProfile().draft, training: { ...hostProfile().draft.training, supervisingDoctors: 4 }, message: '旧メッセージ' };
    const { fixture, element, http } = await render(hostProfile({ status: 'submitted', version: 7, published }), AOMORI_USER);

    expect([...element.querySelectorAll('[data-testid="changes"] li')].map((item) => item.textContent?.trim())).toEqual(['指導医の数', 'メッセージ']);
    button(element, '承認する')?.click();
    await confirmDialog(fixture);

    const request = http.expectOne(`${PROFILE_URL}/approve`);
    expect(request.request.body).toEqual({ version: 7 });
    request.flush(hostProfile({ status: 'approved', version: 8, publishedAt: '2026-11-30T00:00:00.000Z' }));
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="profile-status"]')?.textContent).toBe('公開中');
  });

  it('returns a profile only with a comment', async () => {
    const { fixture, element, http } = await render(hostProfile({ status: 'submitted', version: 7 }), AOMORI_USER);

    button(element, '差し戻す')?.click();
    await fixture.whenStable();
    document.querySelector<HTMLButtonElement>('mat-dialog-container [data-testid="confirm"]')?.click();
    await settle(300);
    http.expectNone(`${PROFILE_URL}/return`);
    expect(document.querySelector('mat-dialog-container mat-error')?.textContent).toContain('入力してください。');

    typeInto(document.querySelector<HTMLInputElement>('mat-dialog-container textarea'), '写真を追加してください。');
    document.querySelector<HTMLButtonElement>('mat-dialog-container [data-testid="confirm"]')?.click();
    await settle(300);
    const request = http.expectOne(`${PROFILE_URL}/return`);
    expect(request.request.body).toEqual({ comment: '写真を追加してください。', version: 7 });
    request.flush(hostProfile({ status: 'returned', reviewComment: '写真を追加してください。', version: 8 }));
  });

  it("uploads a photo into the draft, and shows the server's message when it refuses one", async () => {
    const { fixture, element, http } = await render(hostProfile());
    const input = element.querySelector<HTMLInputElement>('[data-testid="photo-file"]') as HTMLInputElement;
    const choose = (file: File) => {
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      input.dispatchEvent(new Event('change'));
    };

    choose(new File(['not an image'], 'notes.png', { type: 'image/png' }));
    const refused = http.expectOne(`${PROFILE_URL}/photos`);
    expect(refused.request.body instanceof FormData && refused.request.body.get('file')).toBeTruthy();
    refused.flush(apiError(400, 'PHOTO_REJECTED', 'The file is not a JPEG, PNG or WebP image.'), status(400));
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="photos"] [role="alert"]')?.textContent).toContain('The file is not a JPEG, PNG or WebP image.');

    choose(new File(['jpeg bytes'], 'ward.jpg', { type: 'image/jpeg' }));
    http
      .expectOne(`${PROFILE_URL}/photos`)
      .flush({ id: '9b1f2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d', contentType: 'image/jpeg', byteSize: 10, width: 640, height: 480 });
    await fixture.whenStable();
    expect(element.querySelector<HTMLImageElement>('.photo img')?.getAttribute('src')).toBe('/api/host-photos/9b1f2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d');
    typeInto(element.querySelector('#photo-caption-0'), '病棟の様子');

    button(element, '下書きを保存')?.click();
    const save = http.expectOne(PROFILE_URL);
    expect(save.request.body.photos).toEqual([{ id: '9b1f2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d', caption: '病棟の様子' }]);
    save.flush(hostProfile({ version: 3 }));
  });

  it('changes an editable place with its version, and explains a frozen one', async () => {
    const frozen = place({ specialtyCode: 'pediatrics', stage: 'candidate', editable: false, version: 1 });
    const { fixture, element, http } = await render(hostProfile({ places: [place(), frozen] }));

    expect(element.querySelector('tr[data-place="pediatrics"] [data-testid="place-locked"]')?.textContent).toContain('確認中のため');
    typeInto(element.querySelector('#profile-training-cases'), '脳卒中、心不全');
    (element.querySelector('tr[data-place="internal-medicine"] button') as HTMLButtonElement).click();
    await fixture.whenStable();
    typeInto(document.querySelector('mat-dialog-container [data-testid="place-number"]'), '3');
    document.querySelector<HTMLButtonElement>('mat-dialog-container [data-testid="save-place"]')?.click();
    await settle(100);

    const request = http.expectOne(`${PROFILE_URL}/places/internal-medicine`);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      acceptableNumber: 3,
      acceptablePeriods: [{ startMonth: '2026-04', months: 12 }],
      roundId: place().roundId,
      version: 3,
    });
    request.flush(place({ acceptableNumber: 3, version: 4 }));
    await settle(300);
    await fixture.whenStable();

    expect(element.querySelector('tr[data-place="internal-medicine"]')?.textContent).toContain('3');
    expect(element.querySelector('tr[data-place="internal-medicine"]')?.textContent).toContain('2026年4月から12か月');
    // The profile's unsaved edits stay.
    expect(element.querySelector<HTMLTextAreaElement>('#profile-training-cases')?.value).toBe('脳卒中、心不全');
  });
});
