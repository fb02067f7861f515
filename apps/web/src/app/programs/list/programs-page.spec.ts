import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CurrentUserResponse, ProgramResponse } from '@renkei/contract';
import { AuthService } from '../../auth/data-access/auth.service';
import { AOMORI_USER, JMSB_USER } from '../../testing/account.fixtures';
import { provideTestEnvironment } from '../../testing/test-providers';
import { BASE, BASE_USER, PROGRAM_ID, connectionRequest, program } from '../testing/program.fixtures';
import { ProgramsPage } from './programs-page';

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
/** Into Aomori: a Tokyo base with an Aomori host. Out of Aomori: an Aomori base with a Chiba host. */
const INTO = program({ requests: [connectionRequest({ status: 'accepted', placesAccepted: 2 })], recruited: 2 });
const OUT = program({
  id: 'a0000000-0000-4000-8000-000000000002',
  base: { ...BASE, id: 'b2', facilityCode: 'DEMO-B-0201', name: '青森中央病院（デモ）', prefectureCode: '02' },
  requests: [connectionRequest({ id: 'c2', host: { id: 'h2', facilityCode: 'DEMO-H-1201', name: '房総みさき病院（デモ）', prefectureCode: '12' } })],
});

describe('ProgramsPage', () => {
  async function render(user: CurrentUserResponse, programs: ProgramResponse[]) {
    TestBed.configureTestingModule({ imports: [ProgramsPage], providers: provideTestEnvironment() });
    TestBed.inject(AuthService).setUser(user);
    const fixture = TestBed.createComponent(ProgramsPage);
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    await settle();
    http.match((request) => request.url.startsWith('/api/reference/')).forEach((request) => request.flush([]));
    http.expectOne('/api/programs').flush(programs);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  const headers = (element: HTMLElement) => [...element.querySelectorAll('thead th')].map((cell) => cell.textContent?.trim());

  it('shows a base facility its programs with each host’s state in words, the accepted and recruited numbers, and the register link', async () => {
    const { element } = await render(BASE_USER, [INTO]);
    expect(element.querySelector('[data-testid="new-program"]')?.getAttribute('href')).toBe('/programs/new');
    expect(headers(element)).not.toContain('基幹施設');
    const row = element.querySelector(`tr[data-program="${PROGRAM_ID}"]`);
    expect(row?.querySelector('a')?.getAttribute('href')).toBe(`/programs/${PROGRAM_ID}`);
    expect(row?.textContent).toContain('西北五さくら病院（デモ）');
    expect(row?.querySelector('[data-status]')?.textContent?.trim()).toBe('受諾');
    expect([...(row?.querySelectorAll('td.num') ?? [])].map((cell) => cell.textContent?.trim())).toEqual(['3', '2', '2']);
    expect(element.querySelector('[data-testid="download-csv"]')).toBeNull();
  });

  it('lets a prefecture officer pick programs into or out of the prefecture', async () => {
    const { fixture, element } = await render(AOMORI_USER, [INTO, OUT]);
    expect(headers(element)).toContain('方向');
    expect(element.querySelectorAll('tbody tr[data-program]')).toHaveLength(2);
    expect(element.querySelector('[data-testid="new-program"]')).toBeNull();

    (element.querySelector('[data-testid="filter-direction"]') as HTMLElement).click();
    await fixture.whenStable();
    [...document.querySelectorAll<HTMLElement>('mat-option')].find((option) => option.textContent?.includes('流出'))?.click();
    await fixture.whenStable();
    const rows = element.querySelectorAll('tbody tr[data-program]');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.textContent).toContain('青森中央病院（デモ）');
    expect(rows[0]?.textContent).toContain('県外へ（派遣）');
  });

  it('offers the JMSB every program as .xlsx and CSV', async () => {
    const { element } = await render(JMSB_USER, [INTO, OUT]);
    expect(element.querySelector('[data-testid="download-xlsx"]')?.getAttribute('href')).toBe('/api/programs.xlsx');
    expect(element.querySelector('[data-testid="download-csv"]')?.getAttribute('href')).toBe('/api/programs.csv');
    expect(headers(element)).toContain('基幹施設');
    expect(headers(element)).not.toContain('方向');
  });
});
