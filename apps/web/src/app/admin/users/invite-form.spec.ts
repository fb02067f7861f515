import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Role } from '@renkei/contract';
import { apiError, status } from '../../testing/account.fixtures';
import { fieldMessage, submit, typeInto } from '../../testing/dom';
import { provideTestEnvironment } from '../../testing/test-providers';
import { InviteForm } from './invite-form';

const FACILITY_ID = '0c01da3a-b82f-4d81-afaa-940d4e7d8edd';

describe('InviteForm', () => {
  async function render(roles: readonly Role[]) {
    TestBed.configureTestingModule({ imports: [InviteForm], providers: provideTestEnvironment() });
    const fixture = TestBed.createComponent(InviteForm);
    fixture.componentRef.setInput('roles', roles);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const http = TestBed.inject(HttpTestingController);
    // The scope pickers load prefecture and specialty names.
    http.match((request) => request.url.startsWith('/api/reference/')).forEach((request) => request.flush([]));
    await fixture.whenStable();
    return {
      fixture,
      element,
      http,
      input: (name: string) => element.querySelector<HTMLInputElement>(`input[formcontrolname="${name}"], input[ng-reflect-name="${name}"]`),
      facility: () => element.querySelector<HTMLInputElement>('input[matautocomplete], input[aria-autocomplete]'),
    };
  }

  it('starts with a role the person may grant: a prefectural officer invites facility staff by facility id', async () => {
    const { fixture, element, http, input, facility } = await render(['base-facility', 'host-facility']);
    const invited = jest.fn();
    fixture.componentInstance.invited.subscribe(invited);

    expect(element.querySelector('rk-role-scope-fields mat-select')?.textContent).toContain('基幹施設 担当者');
    expect(facility()).not.toBeNull();

    typeInto(input('email'), 'new-host@test.renkei.invalid');
    typeInto(input('displayName'), '新しい 担当者');
    typeInto(facility(), FACILITY_ID);
    await submit(fixture);

    const request = http.expectOne('/api/invitations');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      email: 'new-host@test.renkei.invalid',
      displayName: '新しい 担当者',
      language: 'ja',
      role: 'base-facility',
      facilityId: FACILITY_ID,
    });
    request.flush({ id: 'new-id' }, { status: 201, statusText: 'Created' });
    await fixture.whenStable();

    expect(element.querySelector('[role="status"]')?.textContent).toContain('new-host@test.renkei.invalid に招待メールを送りました。');
    expect(invited).toHaveBeenCalledWith('new-host@test.renkei.invalid');
    expect(input('email')?.value).toBe('');
    expect(fieldMessage(input('email'))).toBeFalsy();
  });

  it('checks the facility id format before sending', async () => {
    const { fixture, http, input, facility } = await render(['host-facility']);
    typeInto(input('email'), 'x@test.renkei.invalid');
    typeInto(input('displayName'), 'X');
    typeInto(facility(), 'DEMO-H-0204');

    await submit(fixture);

    expect(fieldMessage(facility())).toBe('施設 ID（UUID の形式）を入力してください。');
    http.expectNone('/api/invitations');
  });

  it("shows the API's answers next to the fields: address taken, facility unknown", async () => {
    const { fixture, element, http, input, facility } = await render(['host-facility']);
    typeInto(input('email'), 'host@demo.renkei.test');
    typeInto(input('displayName'), 'X');
    typeInto(facility(), FACILITY_ID);

    await submit(fixture);
    http
      .expectOne('/api/invitations')
      .flush(
        apiError(409, 'ACCOUNT_EXISTS', 'host@demo.renkei.test already has an account', { email: ['this address already has an account'] }),
        status(409),
      );
    await fixture.whenStable();
    expect(fieldMessage(input('email'))).toBe('このメールアドレスのアカウントはすでにあります。');

    typeInto(input('email'), 'other@test.renkei.invalid');
    await submit(fixture);
    http
      .expectOne('/api/invitations')
      .flush(apiError(400, 'INVALID_SCOPE', 'Invalid role scope: facilityId', { facilityId: ['this facility does not exist'] }), status(400));
    await fixture.whenStable();
    expect(fieldMessage(facility())).toBe('この ID の施設は登録されていません。');
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('各項目のメッセージ');
  });

  it('says so when the role or scope is not the inviter’s to grant (403)', async () => {
    const { fixture, element, http, input, facility } = await render(['host-facility']);
    typeInto(input('email'), 'other@test.renkei.invalid');
    typeInto(input('displayName'), 'X');
    typeInto(facility(), FACILITY_ID);

    await submit(fixture);
    http.expectOne('/api/invitations').flush(apiError(403, 'FORBIDDEN', 'You cannot invite someone to this role or scope.'), status(403));
    await fixture.whenStable();

    expect(element.querySelector('[role="alert"]')?.textContent).toContain('この操作を行う権限がありません。');
  });
});
