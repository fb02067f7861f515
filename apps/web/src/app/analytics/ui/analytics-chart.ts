import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { AnalyticsChartOption, CHART_COLORS, CHART_TEXT_COLOR } from '../charts/chart-option';

/** The page's font by name: ECharts measures labels with it (`inherit` measures another font and clips them). */
function pageFont(document: Document): string {
  return document.defaultView?.getComputedStyle(document.body).fontFamily || 'sans-serif';
}

/**
 * A chart drawn by ECharts (SVG) as one image with a summary for screen readers; the table beside
 * it holds the same figures and is the accessible source of truth.
 */
@Component({
  selector: 'rk-analytics-chart',
  imports: [NgxEchartsDirective],
  template: `<div
    echarts
    class="analytics-chart"
    role="img"
    [attr.aria-label]="label()"
    [options]="chartOptions()"
    [initOpts]="initOpts"
    [style.height.px]="height()"
  ></div>`,
  styles: `
    .analytics-chart {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AnalyticsChart {
  readonly options = input.required<AnalyticsChartOption>();
  /** What the chart shows, in a sentence with its figures. */
  readonly label = input.required<string>();
  readonly height = input(320);

  protected readonly initOpts = { renderer: 'svg' };
  private readonly fontFamily = pageFont(inject(DOCUMENT));
  protected readonly chartOptions = computed(
    (): AnalyticsChartOption => ({
      color: [...CHART_COLORS],
      textStyle: { color: CHART_TEXT_COLOR, fontFamily: this.fontFamily },
      ...this.options(),
      // ECharts writes the description as the container's aria-label: the same sentence.
      aria: { enabled: true, label: { description: this.label() }, decal: { show: true } },
      // On a phone the axis labels would overlap side by side.
      media: [{ query: { maxWidth: 480 }, option: { xAxis: { axisLabel: { rotate: 45 } } } }],
    }),
  );
}
