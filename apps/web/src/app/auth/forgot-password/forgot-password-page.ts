import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { applyServerErrors, fieldErrorMessage, focusFirstInvalid } from '../../core/forms/form-errors';
import { RkValidators } from '../../core/forms/validators';
import { AutoFocus } from '../../shared/ui/auto-focus';
import { FormAlert } from '../../shared/ui/form-alert';
import { AccountLinksService } from '../data-access/account-links.service';

/** `/forgot-password`: e-mails a reset link. The answer is the same whether or not the address has an account. */
@Component({
  selector: 'rk-forgot-password-page',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, RouterLink, FormAlert, AutoFocus],
  templateUrl: './forgot-password-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForgotPasswordPage {
  private readonly links = inject(AccountLinksService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [RkValidators.requiredText, RkValidators.email] }),
  });
  protected readonly pending = signal(false);
  protected readonly formMessage = signal<string | null>(null);
  /** The address the link was requested for, once the request went through. */
  protected readonly sentTo = signal<string | null>(null);
  protected readonly errorOf = fieldErrorMessage;

  protected submit(): void {
    if (this.pending()) {
      return;
    }
    this.formMessage.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalidAfterRender();
      return;
    }
    this.pending.set(true);
    const email = this.form.controls.email.value.trim();
    this.links.requestPasswordReset(email).subscribe({
      next: () => {
        this.pending.set(false);
        this.sentTo.set(email);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        const outcome = applyServerErrors(this.form, error);
        this.formMessage.set(outcome.formMessage);
        if (outcome.fields.length > 0) {
          this.focusFirstInvalidAfterRender();
        }
      },
    });
  }

  protected again(): void {
    this.sentTo.set(null);
  }

  private focusFirstInvalidAfterRender(): void {
    afterNextRender(() => focusFirstInvalid(this.host.nativeElement), { injector: this.injector });
  }
}
