import { CurrentUserResponse, FUNNEL_OUTCOMES } from '@renkei/contract';
import { AOMORI_USER, JMSB_USER, apiError, status } from '../../testing/account.fixtures';
import { BROKEN_CELL, COMPLETE_CELL, funnelCell, funnelResponse } from '../testing/analytics.fixtures';
import { renderAnalyticsView, textOf as text } from '../testing/render-view';
import { FunnelPage } from './funnel-page';

describe('FunnelPage', () => {
  const render = (user: CurrentUserResponse, query = '') => renderAnalyticsView('funnel', FunnelPage, user, query);

  it('asks for the URL’s filters and shows one row per cell with each stage, the outcome in words and the reasons', async () => {
    const { request, element, settle } = await render(JMSB_USER, '?year=2027&specialty=internal-medicine&bogus=1');
    const sent = request();
    expect(sent.request.params.toString()).toBe('year=2027&specialty=internal-medicine');
    // The filters wait for their choices (the round's years), so that no select opens empty.
    expect(element.querySelector('[data-testid="analytics-year"]')).toBeNull();
    sent.flush(funnelResponse());
    await settle();
    expect(element.querySelector('[data-testid="analytics-year"]')?.textContent?.trim()).toBe('2027年度');

    const rows = element.querySelectorAll('tr[data-testid="funnel-row"]');
    expect(rows).toHaveLength(3);
    const complete = element.querySelector('tr[data-testid="funnel-row"][data-prefecture="02"][data-specialty="internal-medicine"]');
    expect(complete?.getAttribute('data-outcome')).toBe('complete');
    expect(text(complete?.querySelector('th'))).toBe('青森県');
    expect([...(complete?.querySelectorAll('[data-stage]') ?? [])].map((cell) => [cell.getAttribute('data-stage'), cell.textContent])).toEqual([
      ['eligible', '3'],
      ['candidates', '2'],
      ['confirmed', '2'],
      ['published', '2'],
      ['requested', '3'],
      ['accepted', '2'],
      ['recruited', '2'],
      ['rotated', '1'],
    ]);
    expect(text(complete?.querySelector('[data-testid="funnel-outcome"]'))).toBe('実績まで到達');

    const broken = element.querySelector('tr[data-testid="funnel-row"][data-specialty="pediatrics"]');
    expect(text(broken?.querySelector('[data-testid="funnel-outcome"]'))).toBe('対象となる施設がない');
    expect(text(broken?.querySelector('li'))).toBe('足下充足率が 0.8 を超えています');
    expect(text(element.querySelector('tr[data-prefecture="12"] [data-testid="funnel-outcome"]'))).toBe('推薦済み・学会未確認');

    // The round, rule set and datasets it reads, the sample marked.
    const round = element.querySelector('[data-testid="analytics-round"]');
    expect(round?.textContent).toContain('2027年度募集（公表済み）');
    expect(round?.textContent).toContain('2027年度ルール (v2)');
    expect(round?.textContent).toMatch(/シーリング 2027（サンプル）\s*サンプル/);
    expect(element.querySelector('[data-testid="download-csv"]')?.getAttribute('href')).toBe(
      '/api/analytics/funnel.csv?year=2027&specialty=internal-medicine',
    );
    expect(element.querySelector('[data-testid="download-xlsx"]')?.getAttribute('href')).toBe(
      '/api/analytics/funnel.xlsx?year=2027&specialty=internal-medicine',
    );
  });

  it('draws the totals per stage as an accessible chart and gives the same figures in a table', async () => {
    const { request, element, settle, charts } = await render(JMSB_USER);
    request().flush(funnelResponse());
    await settle();

    const totals = [...element.querySelectorAll('[data-testid="funnel-totals"] tbody tr')].map((row) => [
      text(row.querySelector('th')),
      text(row.querySelector('td')),
      text(row.querySelector('td.rk-num')),
    ]);
    expect(totals[0]).toEqual(['対象施設', '施設数', '7']);
    expect(totals[1]).toEqual(['推薦', '施設数', '3']);
    expect(totals[4]).toEqual(['依頼', '人数（枠）', '3']);

    const chart = element.querySelector('rk-analytics-chart [echarts]');
    expect(chart?.getAttribute('role')).toBe('img');
    expect(chart?.getAttribute('aria-label')).toBe(
      '段階ごとの合計の棒グラフ（施設数と人数）：対象施設 7、推薦 3、学会確認 2、公表 2、依頼 3、受入 2、採用 2、研修実績 1',
    );
    const option = charts.options.at(-1);
    expect(option?.aria).toEqual(expect.objectContaining({ enabled: true, label: { description: chart?.getAttribute('aria-label') } }));
    const series = option?.series as { name: string; data: (number | null)[] }[];
    expect(series.map((item) => item.name)).toEqual(['施設数', '人数（枠）']);
    expect(series[0]?.data).toEqual([7, 3, 2, 2, null, null, null, null]);
    expect(series[1]?.data).toEqual([null, null, null, null, 3, 2, 2, 1]);
  });

  it('counts the cells per outcome on buttons that filter the table by outcome', async () => {
    const { request, element, settle, navigatedTo } = await render(JMSB_USER, '?year=2027&outcome=complete');
    request().flush(
      funnelResponse([COMPLETE_CELL], {
        outcomes: FUNNEL_OUTCOMES.map((outcome) => ({ outcome, cells: outcome === 'complete' ? 1 : outcome === 'no-eligible-facility' ? 4 : 0 })),
      }),
    );
    await settle();

    const chips = [...element.querySelectorAll<HTMLButtonElement>('button[data-testid="outcome-chip"]')];
    expect(chips.map((chip) => [text(chip)?.replace(/\s+/g, ' '), chip.getAttribute('aria-pressed')])).toEqual([
      ['すべて 5', 'false'],
      ['対象となる施設がない 4', 'false'],
      ['実績まで到達 1', 'true'],
    ]);
    chips[1]?.click();
    expect(navigatedTo()).toEqual({ year: '2027', outcome: 'no-eligible-facility' });
    chips[0]?.click();
    expect(navigatedTo()).toEqual({ year: '2027' });
  });

  it('writes a changed filter to the URL; another year starts from its default category', async () => {
    const { request, element, settle, navigatedTo, harness } = await render(JMSB_USER, '?outcome=complete');
    request().flush(funnelResponse());
    await settle();

    element.querySelector<HTMLElement>('[data-testid="analytics-category"]')?.click();
    await harness.fixture.whenStable();
    [...document.querySelectorAll<HTMLElement>('mat-option')].find((option) => option.textContent?.includes("①'"))?.click();
    await settle();
    expect(navigatedTo()).toEqual({ year: '2027', category: 'connection', outcome: 'complete' });

    element.querySelector<HTMLElement>('[data-testid="analytics-year"]')?.click();
    await harness.fixture.whenStable();
    [...document.querySelectorAll<HTMLElement>('mat-option')].find((option) => option.textContent?.includes('2026'))?.click();
    await settle();
    expect(navigatedTo()).toEqual({ year: '2026' });
  });

  it('shows a prefectural officer their prefecture fixed, without the block, and always asks for it', async () => {
    const { request, element, settle } = await render(AOMORI_USER, '?prefecture=13&block=kanto');
    const sent = request();
    expect(sent.request.params.toString()).toBe('prefecture=02');
    sent.flush(funnelResponse([COMPLETE_CELL]));
    await settle();

    const prefecture = element.querySelector('[data-testid="analytics-prefecture"]');
    expect(prefecture?.getAttribute('aria-disabled')).toBe('true');
    expect(text(prefecture)).toBe('青森県');
    expect(element.querySelector('[data-testid="analytics-block"]')).toBeNull();
    expect(element.querySelector('[data-testid="analytics-specialty"]')?.getAttribute('aria-disabled')).toBe('false');
  });

  it('pages a long table', async () => {
    const { request, element, settle, harness } = await render(JMSB_USER);
    const cells = Array.from({ length: 120 }, (_, index) => funnelCell({ ...BROKEN_CELL, prefectureCode: String(index + 1).padStart(3, '0') }));
    request().flush(funnelResponse(cells));
    await settle();

    const shown = () => [...element.querySelectorAll('tr[data-testid="funnel-row"]')].map((row) => row.getAttribute('data-prefecture'));
    expect(shown()).toHaveLength(50);
    expect(shown()[0]).toBe('001');
    element.querySelector<HTMLButtonElement>('button.mat-mdc-paginator-navigation-next')?.click();
    await harness.fixture.whenStable();
    expect(shown()[0]).toBe('051');
    expect(element.querySelector('.mat-mdc-paginator-range-label')?.textContent?.trim()).toBe('120 件中 51 – 100 件');
  });

  it('says so when there is no round yet', async () => {
    const { request, element, settle } = await render(JMSB_USER);
    request().flush(apiError(404, 'ANALYTICS_ROUND_NOT_FOUND', 'No nomination round has been opened yet'), status(404));
    await settle();

    expect(text(element.querySelector('[data-testid="no-round"]'))).toBe(
      'まだ募集回がありません。日本専門医機構が募集回を開くと、ここに分析が表示されます。',
    );
    expect(element.querySelector('[role="alert"]')).toBeNull();
    expect(element.querySelector('tr[data-testid="funnel-row"]')).toBeNull();
  });

  it('for a year without a round, links to the latest round with the other filters', async () => {
    const { request, element, settle } = await render(JMSB_USER, '?year=2030&prefecture=02&outcome=complete');
    request().flush(apiError(404, 'ANALYTICS_ROUND_NOT_FOUND', 'There is no nomination round for 2030'), status(404));
    await settle();

    const notice = element.querySelector('[data-testid="no-round"]');
    expect(text(notice?.querySelector('p'))).toBe('2030年度の募集回はありません。');
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe('/analytics/funnel?prefecture=02');
  });
});
