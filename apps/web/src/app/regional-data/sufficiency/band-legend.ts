import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { LegendEntry } from './sufficiency-band';

@Component({
  selector: 'rk-band-legend',
  templateUrl: './band-legend.html',
  styleUrl: './band-legend.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BandLegend {
  readonly entries = input.required<readonly LegendEntry[]>();
}
