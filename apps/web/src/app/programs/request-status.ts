import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ConnectionRequestStatus } from '@renkei/contract';
import { REQUEST_STATUS_LABELS } from './program-labels';

const STATUS_CLASS: Record<ConnectionRequestStatus, string> = {
  pending: 'rk-status--pending',
  accepted: 'rk-status--active',
  declined: 'rk-status--inactive',
  withdrawn: 'rk-status--inactive',
};

/** A connection request's state as a chip: the word carries the meaning, the colour repeats it. */
@Component({
  selector: 'rk-request-status',
  template: `<span [class]="'rk-status ' + statusClass()" [attr.data-status]="status()">{{ label() }}</span>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestStatusChip {
  readonly status = input.required<ConnectionRequestStatus>();
  protected readonly label = computed(() => REQUEST_STATUS_LABELS[this.status()]);
  protected readonly statusClass = computed(() => STATUS_CLASS[this.status()]);
}
