import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { HostProfileSummary } from '@renkei/contract';
import { AuthService } from '../../auth/data-access/auth.service';
import { AOMORI_USER } from '../../testing/account.fixtures';
import { provideTestEnvironment } from '../../testing/test-providers';
import { FACILITY_ID } from '../testing/host-profile.fixtures';
import { ProfileQueuePage } from './profile-queue-page';

const SUBMITTED: HostProfileSummary = {
  facilityId: FACILITY_ID,
  facilityCode: 'DEMO-H-0204',
  facilityName: '西北五さくら病院（デモ）',
  prefectureCode: '02',
  status: 'submitted',
  completeness: 64,
  updatedAt: '2026-11-29T03:00:00.000Z',
  version: 4,
};

describe('ProfileQueuePage', () => {
  it("lists the own prefecture's submitted profiles, linking to each, and filters by status", async () => {
    TestBed.configureTestingModule({ imports: [ProfileQueuePage], providers: provideTestEnvironment() });
    TestBed.inject(AuthService).setUser(AOMORI_USER);
    const fixture = TestBed.createComponent(ProfileQueuePage);
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    await new Promise((resolve) => setTimeout(resolve, 50));
    http.match((request) => request.url.startsWith('/api/reference/')).forEach((request) => request.flush([]));
    const first = http.expectOne((request) => request.url === '/api/host-profiles');
    expect(first.request.params.get('prefecture')).toBe('02');
    expect(first.request.params.get('status')).toBe('submitted');
    first.flush([SUBMITTED]);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    const row = element.querySelector('tr[data-facility="DEMO-H-0204"]');
    expect(row?.textContent).toContain('審査中');
    expect(row?.textContent).toContain('64%');
    expect(row?.querySelector('a')?.getAttribute('href')).toBe(`/host-profiles/${FACILITY_ID}`);

    (element.querySelector('[data-testid="status-filter"]') as HTMLElement).click();
    await fixture.whenStable();
    const all = [...document.querySelectorAll<HTMLElement>('mat-option')].find((option) => option.textContent?.trim() === 'すべて');
    all?.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const every = http.expectOne((request) => request.url === '/api/host-profiles');
    expect(every.request.params.get('status')).toBeNull();
    every.flush([]);
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="queue-empty"]')?.textContent).toContain('この条件のプロフィールはありません。');
  });
});
