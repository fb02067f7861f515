import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { PREFECTURES, SPECIALTIES } from '../../testing/reference-data.fixtures';
import { provideTestEnvironment } from '../../testing/test-providers';
import { HOST_ID, OTHER_HOST_ID, publicHost } from '../testing/host-directory.fixtures';
import { HostComparePage, compareIds } from './host-compare-page';

describe('HostComparePage', () => {
  beforeEach(() => sessionStorage.clear());

  it('reads at most 4 distinct ids from the URL and ignores anything else', () => {
    const ids = ['1', '2', '3', '4', '5'].map((n) => `0000000${n}-0000-4000-8000-000000000000`);
    expect(compareIds([ids[0], ids[0], 'x', ...ids.slice(1)].join(','))).toEqual(ids.slice(0, 4));
    expect(compareIds(undefined)).toEqual([]);
  });

  it('shows the hosts as columns and the items as rows, and removes a host from the URL', async () => {
    TestBed.configureTestingModule({ imports: [HostComparePage], providers: provideTestEnvironment() });
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const fixture = TestBed.createComponent(HostComparePage);
    fixture.componentRef.setInput('ids', `${HOST_ID},${OTHER_HOST_ID}`);
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/reference/prefectures').flush(PREFECTURES);
    http.expectOne('/api/reference/specialties').flush(SPECIALTIES);
    http.expectOne(`/api/hosts/${HOST_ID}`).flush(publicHost());
    http
      .expectOne(`/api/hosts/${OTHER_HOST_ID}`)
      .flush(publicHost({ facilityId: OTHER_HOST_ID, name: '千葉みなと病院', prefectureCode: '12', municipality: '千葉市', profile: null }));
    fixture.detectChanges();
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    const table = element.querySelector('[data-testid="compare-table"]');
    expect(table?.querySelector('caption')).not.toBeNull();
    const headers = [...(table?.querySelectorAll('thead th[scope="col"] a') ?? [])].map((link) => link.textContent?.trim());
    expect(headers).toEqual(['西北五さくら病院（デモ）', '千葉みなと病院']);
    const row = (key: string) => [...(table?.querySelectorAll(`tr[data-row="${key}"] > *`) ?? [])].map((cell) => cell.textContent?.trim());
    expect(table?.querySelector('tr[data-row="prefecture"] th')?.getAttribute('scope')).toBe('row');
    expect(row('prefecture')).toEqual(['所在地', '青森県 五所川原市', '千葉県 千葉市']);
    expect(row('training.supervisingDoctors')).toEqual(['指導医の数', '5 人', '未回答']);
    expect(row('living.dormitory')).toEqual(['寮がある', 'はい', '未回答']);
    // The URL's hosts become the selection the directory's toggles start from.
    expect(JSON.parse(sessionStorage.getItem('renkei.comparedHosts') ?? '[]')).toHaveLength(2);

    element.querySelector<HTMLButtonElement>(`th[data-facility="${HOST_ID}"] [data-testid="remove-host"]`)?.click();
    expect(navigate).toHaveBeenCalledWith([], expect.objectContaining({ queryParams: { ids: OTHER_HOST_ID } }));
    expect(JSON.parse(sessionStorage.getItem('renkei.comparedHosts') ?? '[]')).toEqual([{ facilityId: OTHER_HOST_ID, name: '千葉みなと病院' }]);
  });
});
