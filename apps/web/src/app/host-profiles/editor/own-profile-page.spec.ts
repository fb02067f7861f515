import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AuthService } from '../../auth/data-access/auth.service';
import { provideTestEnvironment } from '../../testing/test-providers';
import { FACILITY_ID, HOST_USER } from '../testing/host-profile.fixtures';
import { OwnProfilePage } from './own-profile-page';

describe('OwnProfilePage', () => {
  function render(user = HOST_USER) {
    TestBed.configureTestingModule({ imports: [OwnProfilePage], providers: provideTestEnvironment() });
    TestBed.inject(AuthService).setUser(user);
    const fixture = TestBed.createComponent(OwnProfilePage);
    fixture.detectChanges();
    return { fixture, element: fixture.nativeElement as HTMLElement, http: TestBed.inject(HttpTestingController) };
  }

  it("opens the profile of the facility in the person's host-facility role", async () => {
    const { http } = render();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(http.match(`/api/host-profiles/${FACILITY_ID}`)).toHaveLength(1);
  });

  it('says so when the account has no facility', async () => {
    const { fixture, element } = render({ ...HOST_USER, roles: [{ role: 'host-facility' }] });
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('連携先施設が割り当てられていません');
  });
});
