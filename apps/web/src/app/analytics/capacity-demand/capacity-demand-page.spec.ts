import { CurrentUserResponse } from '@renkei/contract';
import { JMSB_USER, SOCIETY_USER } from '../../testing/account.fixtures';
import { CAPACITY } from '../testing/analytics.fixtures';
import { renderAnalyticsView, textOf } from '../testing/render-view';
import { CapacityDemandPage } from './capacity-demand-page';

describe('CapacityDemandPage', () => {
  const render = (user: CurrentUserResponse, query = '') => renderAnalyticsView('capacity-demand', CapacityDemandPage, user, query);
  const cells = (row: Element | null | undefined) => [...(row?.querySelectorAll('th, td') ?? [])].map((cell) => textOf(cell));

  it('shows every specialty × block with hosts, acceptable number, places requested and accepted', async () => {
    const { request, element, settle } = await render(JMSB_USER, '?block=tohoku&category=connection');
    const sent = request();
    expect(sent.request.params.toString()).toBe('block=tohoku');
    sent.flush(CAPACITY);
    await settle();

    expect(element.querySelectorAll('tr[data-testid="capacity-row"]')).toHaveLength(4);
    expect(cells(element.querySelector('tr[data-testid="capacity-row"][data-specialty="internal-medicine"][data-block="tohoku"]'))).toEqual([
      '内科',
      '東北（東日本）',
      '2',
      '4',
      '3',
      '2',
    ]);
    expect(element.querySelector('[data-testid="download-xlsx"]')?.getAttribute('href')).toBe('/api/analytics/capacity-demand.xlsx?block=tohoku');
  });

  it('sums the blocks over the specialties for the chart and the table beside it, and East vs West and the flows', async () => {
    const { request, element, settle, charts } = await render(JMSB_USER);
    request().flush(CAPACITY);
    await settle();

    const blocks = [...element.querySelectorAll('[data-testid="capacity-blocks"] tbody tr')].map(cells);
    expect(blocks).toEqual([
      ['東北', '6', '5', '3'],
      ['九州・沖縄', '1', '0', '0'],
    ]);
    expect(textOf(element.querySelector('[data-testid="capacity-blocks"] caption'))).toBe('連携先の地方ごとの合計（全領域の合計）');
    const series = charts.options.at(-1)?.series as { name: string; data: number[] }[];
    expect(series.map((item) => [item.name, item.data])).toEqual([
      ['受入可能数', [6, 1]],
      ['依頼数', [5, 0]],
      ['受入数', [3, 0]],
    ]);
    expect(element.querySelector('rk-analytics-chart [echarts]')?.getAttribute('aria-label')).toBe(
      '地方ごとの受入可能数・依頼数・受入数の棒グラフ（全領域の合計）：東北 受入可能数 6、依頼数 5、受入数 3、九州・沖縄 受入可能数 1、依頼数 0、受入数 0',
    );

    // Summed over specialties, a host of two specialties counts twice: the header says so.
    expect(textOf(element.querySelectorAll('[data-testid="capacity-halves"] thead th')[1])).toBe('連携先施設数（領域ごとの延べ数）');
    expect([...element.querySelectorAll('[data-testid="capacity-halves"] tbody tr')].map(cells)).toEqual([
      ['東日本', '3', '6', '5', '3'],
      ['西日本', '1', '1', '0', '0'],
    ]);
    expect(cells(element.querySelector('[data-testid="capacity-flows"] tr[data-base-half="west"][data-host-half="east"]'))).toEqual([
      '西日本',
      '東日本',
      '1',
      '1',
    ]);
  });

  it('names the society reviewer’s specialty as what the figures are about', async () => {
    const { request, element, settle } = await render(SOCIETY_USER);
    const sent = request();
    expect(sent.request.params.toString()).toBe('specialty=pediatrics');
    sent.flush({ ...CAPACITY, rows: CAPACITY.rows.filter((row) => row.specialtyCode === 'pediatrics') });
    await settle();

    expect(textOf(element.querySelector('#blocks-title'))).toBe('地方ごと（小児科）');
    expect(textOf(element.querySelectorAll('[data-testid="capacity-halves"] thead th')[1])).toBe('連携先施設数');
    expect(element.querySelector('[data-testid="analytics-specialty"]')?.getAttribute('aria-disabled')).toBe('true');
    expect(element.querySelector('[data-testid="analytics-outcome"]')).toBeNull();
  });
});
