import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { newPasswordHint } from '../../core/forms/field-messages';
import { applyServerErrors, focusFirstInvalid } from '../../core/forms/form-errors';
import { RkValidators } from '../../core/forms/validators';
import { loadedValue } from '../../core/loaded-value';
import { AutoFocus } from '../../shared/ui/auto-focus';
import { FormAlert } from '../../shared/ui/form-alert';
import { PasswordField } from '../../shared/ui/password-field';
import { RequestState } from '../../shared/ui/request-state';
import { AccountLinksService } from '../data-access/account-links.service';
import { AuthService } from '../data-access/auth.service';
import { LinkProblem } from '../ui/link-problem';
import { LinkPageState, linkPageState, linkProblemOf, linkStateFromError } from '../ui/link-state';

/**
 * `/reset-password/:token`, the link in the reset e-mail: choose a new password. Every session of
 * the account ends, so the person signs in again afterwards.
 */
@Component({
  selector: 'rk-reset-password-page',
  imports: [ReactiveFormsModule, MatButtonModule, RouterLink, PasswordField, FormAlert, AutoFocus, RequestState, LinkProblem],
  templateUrl: './reset-password-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResetPasswordPage {
  private readonly links = inject(AccountLinksService);
  private readonly auth = inject(AuthService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** `:token` from the e-mail link. */
  readonly token = input.required<string>();

  protected readonly status = this.links.linkStatus('password-reset', () => this.token());
  private readonly stateAfterSubmit = signal<LinkPageState | null>(null);
  protected readonly state = computed(() => this.stateAfterSubmit() ?? linkPageState(this.status));
  protected readonly problem = computed(() => linkProblemOf(this.state()));
  protected readonly email = computed(() => loadedValue(this.status)?.email ?? '');
  protected readonly done = signal(false);

  protected readonly form = new FormGroup({
    password: new FormControl('', { nonNullable: true, validators: [Validators.required, RkValidators.newPassword] }),
  });
  protected readonly pending = signal(false);
  protected readonly formMessage = signal<string | null>(null);
  protected readonly passwordHint = newPasswordHint();

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
    this.links.completePasswordReset(this.token(), this.form.controls.password.value).subscribe({
      next: () => {
        this.pending.set(false);
        // The server ended every session of the account, possibly this browser's too.
        this.auth.clear();
        this.done.set(true);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        const linkState = linkStateFromError(error);
        if (linkState) {
          this.stateAfterSubmit.set(linkState);
          return;
        }
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
