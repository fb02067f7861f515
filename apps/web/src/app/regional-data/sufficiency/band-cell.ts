import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { BandCellValue } from './sufficiency-band';

/** One prefecture × specialty band: text plus a tone colour (never colour alone). */
@Component({
  selector: 'rk-band-cell',
  template: `<span [class]="'rk-band rk-band--' + value().tone" [class.rk-band--listed]="value().listed">{{ value().text }}</span>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BandCell {
  readonly value = input.required<BandCellValue>();
}
