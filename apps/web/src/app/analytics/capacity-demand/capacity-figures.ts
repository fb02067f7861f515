import { CapacityFigures, RegionalBlock } from '@renkei/contract';
import { AnalyticsChartOption } from '../charts/chart-option';

export const CAPACITY_MEASURES = ['acceptableNumber', 'requested', 'accepted'] as const satisfies readonly (keyof CapacityFigures)[];
export type CapacityMeasure = (typeof CAPACITY_MEASURES)[number];

export const CAPACITY_MEASURE_LABELS: Readonly<Record<CapacityMeasure, string>> = {
  acceptableNumber: $localize`:@@analytics.capacity.acceptableNumber:受入可能数`,
  requested: $localize`:@@analytics.capacity.requested:依頼数`,
  accepted: $localize`:@@analytics.capacity.accepted:受入数`,
};

export interface CapacityTotal extends CapacityFigures {
  hosts: number;
}

/** Rows summed by a key (blocks, halves), in the order the keys first appear. */
export function sumBy<K extends string, R extends CapacityTotal>(rows: readonly R[], key: (row: R) => K): { key: K; figures: CapacityTotal }[] {
  const sums = new Map<K, CapacityTotal>();
  for (const row of rows) {
    const sum = sums.get(key(row)) ?? { hosts: 0, acceptableNumber: 0, requested: 0, accepted: 0 };
    sums.set(key(row), {
      hosts: sum.hosts + row.hosts,
      acceptableNumber: sum.acceptableNumber + row.acceptableNumber,
      requested: sum.requested + row.requested,
      accepted: sum.accepted + row.accepted,
    });
  }
  return [...sums].map(([key, figures]) => ({ key, figures }));
}

/** Grouped bars per block: acceptable number, places requested, places accepted. */
export function capacityChartOption(
  blocks: readonly { key: RegionalBlock; figures: CapacityTotal }[],
  blockName: (block: RegionalBlock) => string,
): AnalyticsChartOption {
  return {
    grid: { left: 16, right: 16, top: 48, bottom: 16 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: blocks.map((block) => blockName(block.key)), axisLabel: { interval: 0, width: 64, overflow: 'break' } },
    yAxis: { type: 'value', minInterval: 1 },
    series: CAPACITY_MEASURES.map((measure) => ({
      type: 'bar' as const,
      name: CAPACITY_MEASURE_LABELS[measure],
      data: blocks.map((block) => block.figures[measure]),
    })),
  };
}
