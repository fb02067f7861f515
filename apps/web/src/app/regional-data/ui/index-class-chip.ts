import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { IndexClass } from '@renkei/contract';
import { AREA_CLASS_LABELS, PREFECTURE_CLASS_LABELS } from '../labels/index-class-labels';

/** The tercile class of a physician distribution index, as text with a matching colour. */
@Component({
  selector: 'rk-index-class-chip',
  template: `<span [class]="'rk-chip rk-chip--' + indexClass()">{{ label() }}</span>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndexClassChip {
  readonly indexClass = input.required<IndexClass>();
  /** Prefectures and secondary medical areas use different names for the classes. */
  readonly scope = input<'prefecture' | 'area'>('prefecture');

  protected readonly label = computed(() => (this.scope() === 'area' ? AREA_CLASS_LABELS : PREFECTURE_CLASS_LABELS)[this.indexClass()]);
}
