import { CurrentUserResponse } from '@renkei/contract';
import { JMSB_USER } from '../../testing/account.fixtures';
import { CONCENTRATION } from '../testing/analytics.fixtures';
import { renderAnalyticsView, textOf } from '../testing/render-view';
import { ConcentrationPage } from './concentration-page';

describe('ConcentrationPage', () => {
  const render = (user: CurrentUserResponse, query = '') => renderAnalyticsView('concentration', ConcentrationPage, user, query);

  it('lists the prefecture × specialty rows, flagged first, saying in words which are concentrated', async () => {
    const { request, element, settle } = await render(JMSB_USER, '?threshold=0.6&basis=accepted&outcome=complete');
    const sent = request();
    expect(sent.request.params.toString()).toBe('basis=accepted&threshold=0.6');
    sent.flush(CONCENTRATION);
    await settle();

    const rows = [...element.querySelectorAll('tr[data-testid="concentration-row"]')];
    expect(
      rows.map((row) => [
        row.getAttribute('data-prefecture'),
        row.getAttribute('data-specialty'),
        textOf(row.querySelector('[data-testid="herfindahl"]')),
      ]),
    ).toEqual([
      ['02', 'internal-medicine', '0.625'],
      ['02', 'pediatrics', '0.5'],
      ['12', 'internal-medicine', '—'],
    ]);
    expect(rows[0]?.textContent).toContain('集中している');
    expect(rows[0]?.textContent).toContain('西北五さくら病院（デモ）（75%）');
    expect(rows[1]?.textContent).toContain('集中していない');
    expect(rows[2]?.textContent).toContain('受け入れなし');
    expect(textOf(element.querySelector('[data-testid="concentration-summary"]'))).toBe(
      '3 件のうち、集中しているもの: 1 件（受入数で数え、しきい値 0.6）',
    );
    // The URL's threshold is offered even when it is not one of the usual ones.
    expect(textOf(element.querySelector('[data-testid="analytics-threshold"]'))).toBe('0.6 以上');
  });

  it('draws the index of the cells someone came to, with the threshold line', async () => {
    const { request, element, settle, charts } = await render(JMSB_USER);
    request().flush(CONCENTRATION);
    await settle();

    const option = charts.options.at(-1);
    const [series] = option?.series as { data: { value: number; itemStyle?: object }[]; markLine: { data: { xAxis: number }[] } }[];
    expect(series?.data.map((item) => [item.value, item.itemStyle !== undefined])).toEqual([
      [0.625, true],
      [0.5, false],
    ]);
    expect(series?.markLine.data).toEqual([{ xAxis: 0.6 }]);
    expect((option?.yAxis as { data: string[] }).data).toEqual(['青森県 内科', '青森県 小児科']);
    expect(element.querySelector('rk-analytics-chart [echarts]')?.getAttribute('aria-label')).toBe(
      '都道府県 × 基本領域ごとのハーフィンダール指数の棒グラフ（しきい値 0.6、集中 1 件）：青森県 内科 0.625、青森県 小児科 0.5',
    );
  });

  it('writes the basis to the URL, leaving the default threshold out', async () => {
    const { request, element, settle, navigatedTo, harness } = await render(JMSB_USER, '?year=2027');
    request().flush(CONCENTRATION);
    await settle();

    element.querySelector<HTMLElement>('[data-testid="analytics-basis"]')?.click();
    await harness.fixture.whenStable();
    [...document.querySelectorAll<HTMLElement>('mat-option')].find((option) => option.textContent?.includes('採用数'))?.click();
    await settle();
    expect(navigatedTo()).toEqual({ year: '2027', basis: 'recruited' });
  });
});
