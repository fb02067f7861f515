import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { AuthService } from '../../auth/data-access/auth.service';
import { apiError, status } from '../../testing/account.fixtures';
import { fieldMessage, typeInto } from '../../testing/dom';
import { PREFECTURES, SPECIALTIES } from '../../testing/reference-data.fixtures';
import { provideTestEnvironment } from '../../testing/test-providers';
import { BASE_ID, BASE_USER, HOST_ID, PROGRAM_ID, program, recommendation } from '../testing/program.fixtures';
import { NewProgramPage } from './new-program-page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('NewProgramPage', () => {
  async function render(user = BASE_USER) {
    TestBed.configureTestingModule({ imports: [NewProgramPage], providers: provideTestEnvironment() });
    TestBed.inject(AuthService).setUser(user);
    const fixture = TestBed.createComponent(NewProgramPage);
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    await settle();
    http.match('/api/reference/prefectures').forEach((request) => request.flush(PREFECTURES));
    http.match('/api/reference/specialties').forEach((request) => request.flush(SPECIALTIES));
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement, http };
  }

  async function choose(fixture: { whenStable(): Promise<unknown> }, testId: string, text: string) {
    (document.querySelector(`[data-testid="${testId}"]`) as HTMLElement).click();
    await fixture.whenStable();
    [...document.querySelectorAll<HTMLElement>('mat-option')].find((option) => option.textContent?.includes(text))?.click();
    // Not whenStable: once the key is complete, the recommendations request stays pending until flushed.
    await settle();
  }

  async function pickHost() {
    const rendered = await render();
    const { fixture, element, http } = rendered;
    typeInto(element.querySelector('[data-testid="program-year"]'), '2027');
    await choose(fixture, 'program-specialty', '内科');
    await choose(fixture, 'program-category', '特別地域連携プログラム');
    const recommendations = http.expectOne((request) => request.url === '/api/programs/recommendations');
    expect(recommendations.request.params.get('baseFacilityId')).toBe(BASE_ID);
    expect(recommendations.request.params.get('specialty')).toBe('internal-medicine');
    expect(recommendations.request.params.get('category')).toBe('special-regional');
    expect(recommendations.request.params.get('year')).toBe('2027');
    recommendations.flush([recommendation()]);
    await fixture.whenStable();
    return rendered;
  }

  it('shows the recommendations with their remaining places and reasons, and adds a host with places and months', async () => {
    const { fixture, element } = await pickHost();
    const row = element.querySelector('[data-testid="recommendations"] tr[data-host="DEMO-H-0204"]');
    expect(row?.textContent).toContain('3 / 3 名');
    expect(row?.textContent).toContain('残り3名');
    (row?.querySelector('[data-testid="add-host"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="chosen-hosts"]')?.textContent).toContain('西北五さくら病院（デモ）');
    expect(element.querySelector<HTMLInputElement>('[data-testid="host-months"]')?.value).toBe('12');
    expect(row?.textContent).toContain('追加済み');
  });

  it('registers the program and opens it', async () => {
    const { fixture, element, http } = await pickHost();
    typeInto(element.querySelector('[data-testid="program-places"]'), '3');
    (element.querySelector('[data-testid="add-host"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    typeInto(element.querySelector('[data-testid="contact-name"]'), '港 花子');
    typeInto(element.querySelector('[data-testid="contact-phone"]'), '03-0000-0000');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    (element.querySelector('[data-testid="register-program"]') as HTMLButtonElement).click();
    await fixture.whenStable();

    const create = http.expectOne((request) => request.url === '/api/programs' && request.method === 'POST');
    expect(create.request.body).toEqual({
      baseFacilityId: BASE_ID,
      recruitmentYear: 2027,
      specialtyCode: 'internal-medicine',
      categoryCode: 'special-regional',
      places: 3,
      hosts: [{ hostFacilityId: HOST_ID, places: 3, months: 12 }],
      contactName: '港 花子',
      contactEmail: null,
      contactPhone: '03-0000-0000',
    });
    create.flush(program());
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/programs', PROGRAM_ID]);
  });

  it("shows the server's refusals at the host's fields", async () => {
    const { fixture, element, http } = await pickHost();
    (element.querySelector('[data-testid="add-host"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    typeInto(element.querySelector('[data-testid="contact-name"]'), '港 花子');
    typeInto(element.querySelector('[data-testid="contact-phone"]'), '03-0000-0000');
    (element.querySelector('[data-testid="register-program"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    http
      .expectOne((request) => request.method === 'POST')
      .flush(
        apiError(400, 'VALIDATION_FAILED', 'Validation failed', {
          'hosts.0.months': ['months is below the minimum rotation of 18 months for this category'],
          'hosts.0.hostFacilityId': ['this facility is not a published host for this specialty and category'],
        }),
        status(400),
      );
    await fixture.whenStable();
    expect(fieldMessage(element.querySelector('[data-testid="host-months"]'))).toBe('この区分の最低ローテーション期間（18 か月）を下回っています。');
    expect(element.querySelector('[data-testid="host-error"]')?.textContent).toContain('連携先施設として公表されていません');
    expect(element.querySelector('rk-form-alert')?.textContent).toContain('各項目のメッセージを確認してください');
  });

  it('asks for a host before sending', async () => {
    const { fixture, element, http } = await render();
    (element.querySelector('[data-testid="register-program"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    http.expectNone((request) => request.method === 'POST');
    expect(element.querySelector('rk-form-alert')?.textContent).toContain('連携先施設を1つ以上');
  });

  it('says so when the account has no base facility', async () => {
    const { element } = await render({ ...BASE_USER, roles: [{ role: 'base-facility' }] });
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('基幹施設が割り当てられていません');
    expect(element.querySelector('form')).toBeNull();
  });
});
