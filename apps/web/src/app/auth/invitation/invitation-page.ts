import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { loadedValue } from '../../core/loaded-value';
import { newPasswordHint } from '../../core/forms/field-messages';
import { applyServerErrors, focusFirstInvalid } from '../../core/forms/form-errors';
import { RkValidators } from '../../core/forms/validators';
import { AutoFocus } from '../../shared/ui/auto-focus';
import { FormAlert } from '../../shared/ui/form-alert';
import { PasswordField } from '../../shared/ui/password-field';
import { RequestState } from '../../shared/ui/request-state';
import { AccountLinksService } from '../data-access/account-links.service';
import { AuthService } from '../data-access/auth.service';
import { LinkProblem } from '../ui/link-problem';
import { LinkPageState, linkPageState, linkProblemOf, linkStateFromError } from '../ui/link-state';

/**
 * `/invitation/:token`, the link in the invitation e-mail: choose a password, which activates the
 * account and signs the person in. An expired, used or unknown link gets a page that says so.
 */
@Component({
  selector: 'rk-invitation-page',
  imports: [ReactiveFormsModule, MatButtonModule, PasswordField, FormAlert, AutoFocus, RequestState, LinkProblem],
  templateUrl: './invitation-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvitationPage {
  private readonly links = inject(AccountLinksService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** `:token` from the e-mail link. */
  readonly token = input.required<string>();

  protected readonly status = this.links.linkStatus('invitation', () => this.token());
  /** Set when accepting reveals that the link was used or expired meanwhile. */
  private readonly stateAfterSubmit = signal<LinkPageState | null>(null);
  protected readonly state = computed(() => this.stateAfterSubmit() ?? linkPageState(this.status));
  protected readonly problem = computed(() => linkProblemOf(this.state()));
  protected readonly invitation = computed(() => loadedValue(this.status));
  /** Someone else is signed in in this browser: accepting switches accounts. */
  protected readonly signedInAs = computed(() => this.auth.user());

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
    this.links.acceptInvitation(this.token(), this.form.controls.password.value).subscribe({
      next: (user) => {
        this.auth.setUser(user);
        const name = user.displayName;
        this.snackBar.open($localize`:@@invitation.accepted:登録が完了しました。ようこそ、${name}:name: さん。`, undefined, { duration: 6000 });
        void this.router.navigateByUrl('/');
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
