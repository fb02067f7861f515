import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PREFECTURES, SPECIALTIES } from '../../testing/reference-data.fixtures';
import { provideTestEnvironment } from '../../testing/test-providers';
import { HOST_ID, PHOTO_ID, publicHost } from '../testing/host-directory.fixtures';
import { HostPage } from './host-page';

describe('HostPage', () => {
  async function render() {
    TestBed.configureTestingModule({ imports: [HostPage], providers: provideTestEnvironment() });
    const fixture = TestBed.createComponent(HostPage);
    fixture.componentRef.setInput('facilityId', HOST_ID);
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/reference/prefectures').flush(PREFECTURES);
    http.expectOne('/api/reference/specialties').flush(SPECIALTIES);
    const host = http.expectOne(`/api/hosts/${HOST_ID}`);
    const settle = async () => {
      fixture.detectChanges();
      await fixture.whenStable();
    };
    return { fixture, host, settle, element: fixture.nativeElement as HTMLElement };
  }

  const item = (element: HTMLElement, key: string) => {
    const row = element.querySelector(`[data-item="${key}"]`);
    return `${row?.querySelector('dt')?.textContent?.trim()}: ${row?.querySelector('dd')?.textContent?.trim()}`;
  };

  beforeEach(() => localStorage.clear());

  it('shows the header, the places with their eligibility explanation, photos, every item (未回答 when empty) and the prefecture’s information', async () => {
    const { host, settle, element } = await render();
    host.flush(publicHost());
    await settle();

    expect(element.querySelector('h1')?.textContent).toContain('西北五さくら病院（デモ）');
    expect(element.textContent).toContain('せいほくごさくらびょういん');
    expect(element.textContent).toContain('青森県 五所川原市岩木町 1-1');
    expect(element.textContent).toContain('300 床');
    expect(element.textContent).toContain('2026年度');
    const badges = [...element.querySelectorAll('.host-badge')].map((badge) => badge.textContent?.trim());
    expect(badges).toEqual(['医師少数区域', '寮あり', '車不要', 'サンプル']);

    const places = element.querySelector('[data-testid="host-places"]');
    expect(places?.querySelector('caption')?.textContent).toContain('領域ごとの連携区分');
    const row = places?.querySelector('tr[data-specialty="internal-medicine"]');
    expect(row?.querySelector('th[scope="row"]')?.textContent?.trim()).toBe('内科');
    expect(row?.textContent).toContain('特別地域連携プログラム');
    expect(row?.textContent).toContain('2 名');
    expect(row?.textContent).toContain('2026年4月から12か月');
    expect(row?.querySelector('[data-status="eligible"]')?.textContent?.trim()).toBe('対象');
    expect(row?.textContent).toContain('内科の足下充足率は 0.7 以下です。');

    const photo = element.querySelector<HTMLImageElement>('.host-photos img');
    expect(photo?.getAttribute('src')).toBe(`/api/host-photos/${PHOTO_ID}`);
    expect(photo?.alt).toBe('病院の外観');

    expect(item(element, 'training.overview')).toBe('研修の概要: 地域医療の最前線で学べます。');
    expect(item(element, 'training.supervisingDoctors')).toBe('指導医の数: 5 人');
    expect(item(element, 'training.onCallBackup')).toBe('当直時に上級医のバックアップがある: はい');
    expect(item(element, 'training.simulators')).toBe('シミュレーターがある: いいえ');
    expect(item(element, 'training.cases')).toBe('経験できる症例: 未回答');
    expect(item(element, 'living.housingAllowanceYen')).toBe('住宅手当: 未回答');
    expect(item(element, 'living.carNeeded')).toBe('車が必要: いいえ');
    expect(element.querySelectorAll('[data-testid="training-items"] [data-item]')).toHaveLength(22);
    expect(element.querySelectorAll('[data-testid="living-items"] [data-item]')).toHaveLength(10);

    expect(element.textContent).toContain('お待ちしています。');
    expect(element.querySelector('a[href="mailto:kenshu@example.jp"]')).not.toBeNull();
    const prefecture = element.querySelector('[data-testid="prefecture-profile"]');
    expect(prefecture?.querySelector('h2')?.textContent).toContain('青森県からのお知らせ');
    expect(prefecture?.textContent).toContain('修学資金があります。');
    expect(prefecture?.textContent).toContain('未回答');
  });

  it('shows every item as 未回答 when no profile is approved yet', async () => {
    const { host, settle, element } = await render();
    host.flush(publicHost({ profile: null, profileCompleteness: null, prefectureProfile: null }));
    await settle();

    const values = [...element.querySelectorAll('[data-testid="training-items"] dd, [data-testid="living-items"] dd')].map((dd) =>
      dd.textContent?.trim(),
    );
    expect(values).toHaveLength(32);
    expect(new Set(values)).toEqual(new Set(['未回答']));
    expect(element.textContent).toContain('この施設の紹介情報は、都道府県の確認が終わると公開されます。');
    expect(element.querySelector('[data-testid="prefecture-profile"]')).toBeNull();
  });

  it('saves the host from its page', async () => {
    const { host, settle, element } = await render();
    host.flush(publicHost());
    await settle();

    const save = element.querySelector<HTMLButtonElement>('[data-testid="save-host"]');
    save?.click();
    await settle();
    expect(save?.getAttribute('aria-pressed')).toBe('true');
    expect(JSON.parse(localStorage.getItem('renkei.savedHosts') ?? '[]')).toEqual([{ facilityId: HOST_ID, name: '西北五さくら病院（デモ）' }]);
  });

  it('says the host is not published in the current round on a 404, without a retry', async () => {
    const { host, settle, element } = await render();
    host.flush({ statusCode: 404, code: 'HOST_NOT_FOUND', message: 'not a published host' }, { status: 404, statusText: 'Not Found' });
    await settle();

    expect(element.querySelector('[data-testid="host-not-published"] h1')?.textContent).toContain('この施設は公開されていません');
    expect(element.textContent).toContain('現在の募集年度の連携先として公表されていません');
    expect(element.querySelector('rk-request-state button')).toBeNull();
  });
});
