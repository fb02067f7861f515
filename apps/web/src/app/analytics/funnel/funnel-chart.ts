import { FunnelCounts } from '@renkei/contract';
import { AnalyticsChartOption } from '../charts/chart-option';
import { FUNNEL_STAGES, FUNNEL_STAGE_LABELS, UNIT_LABELS, isFacilityStage } from '../analytics-labels';

/**
 * The totals per stage as bars: facilities on the left axis, residents (places) on the right, as
 * two series (drawn in the same slot) so legend, colour and pattern tell them apart.
 */
export function funnelChartOption(totals: FunnelCounts): AnalyticsChartOption {
  const values = (facilities: boolean) => FUNNEL_STAGES.map((stage) => (isFacilityStage(stage) === facilities ? totals[stage] : null));
  return {
    grid: { left: 48, right: 48, top: 48, bottom: 32 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: FUNNEL_STAGES.map((stage) => FUNNEL_STAGE_LABELS[stage]), axisLabel: { interval: 0 } },
    yAxis: [
      { type: 'value', name: UNIT_LABELS.facilities, minInterval: 1 },
      { type: 'value', name: UNIT_LABELS.residents, minInterval: 1, splitLine: { show: false } },
    ],
    series: [
      { type: 'bar', name: UNIT_LABELS.facilities, data: values(true), yAxisIndex: 0, barGap: '-100%' },
      { type: 'bar', name: UNIT_LABELS.residents, data: values(false), yAxisIndex: 1, barGap: '-100%' },
    ],
  };
}
