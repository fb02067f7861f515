import { ChangeDetectionStrategy, ChangeDetectorRef, Component, effect, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { fieldErrorMessage } from '../../core/forms/form-errors';

let nextId = 0;

/**
 * A password input with a show/hide button (instead of a "repeat password" field) and the
 * field's message (client check or the API's) underneath.
 */
@Component({
  selector: 'rk-password-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule],
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic" class="rk-full-width">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        [id]="inputId"
        [type]="visible() ? 'text' : 'password'"
        [formControl]="control()"
        [attr.autocomplete]="autocomplete()"
        autocapitalize="off"
        spellcheck="false"
        required
      />
      <button
        mat-button
        matSuffix
        type="button"
        class="password-field__toggle"
        [attr.aria-controls]="inputId"
        [attr.aria-pressed]="visible()"
        (click)="visible.set(!visible())"
      >
        @if (visible()) {
          <span i18n="@@passwordField.hide">隠す</span>
        } @else {
          <span i18n="@@passwordField.show">表示</span>
        }
      </button>
      @if (hint(); as hint) {
        <mat-hint>{{ hint }}</mat-hint>
      }
      <mat-error>{{ errorMessage() }}</mat-error>
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }

    .password-field__toggle {
      min-width: 56px;
      margin-right: 4px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordField {
  readonly control = input.required<FormControl<string>>();
  readonly label = input.required<string>();
  readonly autocomplete = input<'current-password' | 'new-password'>('current-password');
  readonly hint = input<string | null>(null);

  protected readonly inputId = `rk-password-${nextId++}`;
  protected readonly visible = signal(false);

  constructor() {
    // The control's errors change outside this view (client checks, the API's messages): re-render.
    const changeDetector = inject(ChangeDetectorRef);
    effect((onCleanup) => {
      const subscription = this.control().events.subscribe(() => changeDetector.markForCheck());
      onCleanup(() => subscription.unsubscribe());
    });
  }

  protected errorMessage(): string | null {
    return fieldErrorMessage(this.control().errors);
  }
}
