import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { applyServerErrors, fieldErrorMessage, focusFirstInvalid } from '../../core/forms/form-errors';
import { RkValidators } from '../../core/forms/validators';
import { AutoFocus } from '../../shared/ui/auto-focus';
import { FormAlert } from '../../shared/ui/form-alert';
import { PasswordField } from '../../shared/ui/password-field';
import { AuthService } from '../data-access/auth.service';
import { safeReturnUrl } from '../return-url';

/** Sign in with e-mail and password, then go back to where the person was heading. */
@Component({
  selector: 'rk-sign-in-page',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, RouterLink, PasswordField, FormAlert, AutoFocus],
  templateUrl: './sign-in-page.html',
  styles: `
    .sign-in__no-account {
      margin-top: 20px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** `?returnUrl=`: the app path to open after signing in. */
  readonly returnUrl = input<string | undefined>();
  /** `?reason=`: why the person was sent here (`required`, `expired`). */
  readonly reason = input<string | undefined>();

  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [RkValidators.requiredText, RkValidators.email] }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly pending = signal(false);
  protected readonly formMessage = signal<string | null>(null);

  protected readonly notice = computed(() => {
    switch (this.reason()) {
      case 'expired':
        return $localize`:@@signIn.noticeExpired:セッションの有効期限が切れたか、別の場所でサインアウトされました。もう一度サインインしてください。`;
      case 'required':
        return $localize`:@@signIn.noticeRequired:このページを表示するにはサインインしてください。`;
      default:
        return null;
    }
  });

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
    const { email, password } = this.form.getRawValue();
    this.auth.signIn({ email: email.trim(), password }).subscribe({
      next: () => void this.router.navigateByUrl(safeReturnUrl(this.returnUrl())),
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

  private focusFirstInvalidAfterRender(): void {
    afterNextRender(() => focusFirstInvalid(this.host.nativeElement), { injector: this.injector });
  }
}
