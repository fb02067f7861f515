import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  LOCALE_ID,
  afterNextRender,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { Language, Role } from '@renkei/contract';
import { applyServerErrors, fieldErrorMessage, focusFirstInvalid } from '../../core/forms/form-errors';
import { RkValidators } from '../../core/forms/validators';
import { APP_LOCALES, toAppLocale } from '../../core/locale/app-locales';
import { FormAlert } from '../../shared/ui/form-alert';
import { UsersService } from './data-access/users.service';
import { FacilitySuggestion, roleScopeControls, roleScopeRequest } from './role-scope';
import { RoleScopeFields } from './role-scope-fields';

/** Invites a person by e-mail to one role in one scope (`POST /api/invitations`). */
@Component({
  selector: 'rk-invite-form',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule, RouterLink, FormAlert, RoleScopeFields],
  templateUrl: './invite-form.html',
  styles: `
    :host {
      display: block;
    }

    .invite-form__grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 280px), 1fr));
      gap: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InviteForm {
  private readonly usersService = inject(UsersService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** The roles the signed-in person may grant. */
  readonly roles = input.required<readonly Role[]>();
  readonly facilitySuggestions = input<readonly FacilitySuggestion[]>([]);
  /** Point to the development mailbox after sending (JMSB only). */
  readonly showMailboxLink = input(false);
  /** Emits the invited address once the invitation is sent. */
  readonly invited = output<string>();

  protected readonly languages = APP_LOCALES;
  protected readonly scope = roleScopeControls('prefecture');
  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [RkValidators.requiredText, RkValidators.email] }),
    displayName: new FormControl('', { nonNullable: true, validators: [RkValidators.requiredText, Validators.maxLength(100)] }),
    language: new FormControl<Language>(toAppLocale(inject(LOCALE_ID)), { nonNullable: true }),
    ...this.scope,
  });
  private readonly formDirective = viewChild.required(FormGroupDirective);
  protected readonly pending = signal(false);
  protected readonly message = signal<{ kind: 'error' | 'success'; text: string } | null>(null);
  protected readonly sentTo = signal<string | null>(null);
  protected readonly errorOf = fieldErrorMessage;

  constructor() {
    // Start with a role the person may grant.
    effect(() => {
      const roles = this.roles();
      untracked(() => {
        if (!roles.includes(this.scope.role.value) && roles[0]) {
          this.scope.role.setValue(roles[0]);
        }
      });
    });
  }

  protected submit(): void {
    if (this.pending()) {
      return;
    }
    this.message.set(null);
    this.sentTo.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalidAfterRender();
      return;
    }
    const { email, displayName, language } = this.form.getRawValue();
    const address = email.trim();
    this.pending.set(true);
    this.usersService.invite({ email: address, displayName: displayName.trim(), language, ...roleScopeRequest(this.scope) }).subscribe({
      next: () => {
        this.pending.set(false);
        // Ready for the next person: same language, role and scope; no "required" errors shown.
        this.formDirective().resetForm({ ...this.form.getRawValue(), email: '', displayName: '' });
        this.sentTo.set(address);
        this.message.set({ kind: 'success', text: $localize`:@@invite.sent:${address}:email: に招待メールを送りました。` });
        this.invited.emit(address);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        const outcome = applyServerErrors(this.form, error);
        this.message.set(outcome.formMessage ? { kind: 'error', text: outcome.formMessage } : null);
        this.focusFirstInvalidAfterRender();
      },
    });
  }

  private focusFirstInvalidAfterRender(): void {
    afterNextRender(() => focusFirstInvalid(this.host.nativeElement), { injector: this.injector });
  }
}
