import type { BarSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/** The options of the analytics charts: bars with a grid, legend, tooltip, threshold line and aria. */
export type AnalyticsChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | MarkLineComponentOption | AriaComponentOption
>;

/** Series colours with at least 3:1 contrast on white; the decal patterns tell series apart without colour. */
export const CHART_COLORS = ['#1f5fae', '#a34f00', '#2e7d32', '#6a3d9a'] as const;

export const CHART_TEXT_COLOR = '#38424d';
