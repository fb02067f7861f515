import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export type FormAlertKind = 'error' | 'success' | 'info';

/**
 * A form's overall message (e.g. "wrong e-mail or password", "saved"). The host is a live region
 * that exists before the message does, so screen readers announce the message when it appears:
 * errors assertively (`role="alert"`), the rest politely (`role="status"`).
 */
@Component({
  selector: 'rk-form-alert',
  template: `
    @if (message(); as message) {
      <p [class]="'rk-alert rk-alert--' + kind()">{{ message }}</p>
    }
  `,
  host: { '[attr.role]': 'role()', 'aria-atomic': 'true', class: 'rk-form-alert' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormAlert {
  readonly message = input<string | null>(null);
  readonly kind = input<FormAlertKind>('error');
  protected readonly role = computed(() => (this.kind() === 'error' ? 'alert' : 'status'));
}
