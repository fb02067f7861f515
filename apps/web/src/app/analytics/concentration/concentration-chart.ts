import { ConcentrationRow } from '@renkei/contract';
import { AnalyticsChartOption, CHART_COLORS } from '../charts/chart-option';

const BAR_HEIGHT = 28;

/** The chart's height for its rows: one bar line each, plus axes and legend. */
export function concentrationChartHeight(rows: number): number {
  return Math.max(160, rows * BAR_HEIGHT + 96);
}

/**
 * The Herfindahl index per prefecture × specialty as horizontal bars, with the threshold as a
 * labelled line; flagged bars are drawn in a second colour and pattern (the table says it in words).
 */
export function concentrationChartOption(
  rows: readonly ConcentrationRow[],
  rowName: (row: ConcentrationRow) => string,
  threshold: number,
  labels: { index: string; threshold: string },
): AnalyticsChartOption {
  const shown = rows.filter((row) => row.herfindahl !== null);
  return {
    grid: { left: 16, right: 24, top: 40, bottom: 40 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', min: 0, max: 1, name: labels.index, nameLocation: 'middle', nameGap: 28 },
    yAxis: { type: 'category', inverse: true, data: shown.map(rowName) },
    series: [
      {
        type: 'bar',
        name: labels.index,
        data: shown.map((row) => ({
          value: row.herfindahl,
          itemStyle: row.flagged
            ? { color: CHART_COLORS[1], decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -Math.PI / 4 } }
            : undefined,
        })),
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: '#000', type: 'dashed', width: 2 },
          // The category axis runs top-down, so the line's start is at the top.
          label: { formatter: labels.threshold, position: 'start' },
          data: [{ xAxis: threshold }],
        },
      },
    ],
  };
}
