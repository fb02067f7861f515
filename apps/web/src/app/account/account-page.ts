import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  LOCALE_ID,
  afterNextRender,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { Router } from '@angular/router';
import { Language } from '@renkei/contract';
import { AuthService } from '../auth/data-access/auth.service';
import { describeAssignment } from '../auth/roles/role-labels';
import { newPasswordHint } from '../core/forms/field-messages';
import { applyServerErrors, fieldErrorMessage, focusFirstInvalid } from '../core/forms/form-errors';
import { RkValidators } from '../core/forms/validators';
import { APP_LOCALES, localeCookie, localeUrl, toAppLocale } from '../core/locale/app-locales';
import { ReferenceNamesService } from '../shared/data-access/reference-names.service';
import { AutoFocus } from '../shared/ui/auto-focus';
import { FormAlert } from '../shared/ui/form-alert';
import { PasswordField } from '../shared/ui/password-field';
import { MyAccountService } from './data-access/my-account.service';

/** `/account`: the signed-in person's name, language (which is also the UI language) and password. */
@Component({
  selector: 'rk-account-page',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatRadioModule, MatButtonModule, PasswordField, FormAlert, AutoFocus],
  templateUrl: './account-page.html',
  styleUrl: './account-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountPage {
  private readonly auth = inject(AuthService);
  private readonly myAccount = inject(MyAccountService);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly names = inject(ReferenceNamesService).use();
  private readonly uiLocale = toAppLocale(inject(LOCALE_ID));

  protected readonly user = this.auth.user;
  protected readonly roles = computed(() =>
    (this.user()?.roles ?? []).map((assignment) => ({
      label: describeAssignment(assignment, this.names),
      facilityId: assignment.facilityId,
    })),
  );
  protected readonly languages = APP_LOCALES;
  protected readonly errorOf = fieldErrorMessage;
  protected readonly passwordHint = newPasswordHint();

  protected readonly profileForm = new FormGroup({
    displayName: new FormControl('', { nonNullable: true, validators: [RkValidators.requiredText, Validators.maxLength(100)] }),
    language: new FormControl<Language>('ja', { nonNullable: true }),
  });
  protected readonly profilePending = signal(false);
  protected readonly profileMessage = signal<{ kind: 'error' | 'success'; text: string } | null>(null);

  protected readonly passwordForm = new FormGroup({
    currentPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    newPassword: new FormControl('', { nonNullable: true, validators: [Validators.required, RkValidators.newPassword] }),
  });
  protected readonly passwordPending = signal(false);
  protected readonly passwordMessage = signal<{ kind: 'error' | 'success'; text: string } | null>(null);

  constructor() {
    // Fill the profile form from the current user (and again if it changes elsewhere).
    effect(() => {
      const user = this.user();
      if (user) {
        untracked(() => this.profileForm.reset({ displayName: user.displayName, language: user.language }));
      }
    });
  }

  protected saveProfile(): void {
    if (this.profilePending()) {
      return;
    }
    this.profileMessage.set(null);
    if (this.profileForm.invalid) {
      this.profileForm.markAllAsTouched();
      this.focusFirstInvalidAfterRender('#profile-form');
      return;
    }
    const { displayName, language } = this.profileForm.getRawValue();
    this.profilePending.set(true);
    this.myAccount.update({ displayName: displayName.trim(), language }).subscribe({
      next: (user) => {
        this.profilePending.set(false);
        if (user.language !== this.uiLocale) {
          // The UI language follows the account's language: reload this page in the other build.
          this.document.cookie = localeCookie(user.language);
          this.document.location.assign(localeUrl(user.language, this.router.url));
          return;
        }
        this.profileMessage.set({ kind: 'success', text: $localize`:@@account.profileSaved:保存しました。` });
      },
      error: (error: unknown) => {
        this.profilePending.set(false);
        const outcome = applyServerErrors(this.profileForm, error);
        this.profileMessage.set(outcome.formMessage ? { kind: 'error', text: outcome.formMessage } : null);
        this.focusFirstInvalidAfterRender('#profile-form');
      },
    });
  }

  protected changePassword(): void {
    if (this.passwordPending()) {
      return;
    }
    this.passwordMessage.set(null);
    if (this.passwordForm.invalid) {
      this.passwordForm.markAllAsTouched();
      this.focusFirstInvalidAfterRender('#password-form');
      return;
    }
    this.passwordPending.set(true);
    this.myAccount.changePassword(this.passwordForm.getRawValue()).subscribe({
      next: () => {
        this.passwordPending.set(false);
        this.passwordForm.reset();
        this.passwordMessage.set({
          kind: 'success',
          text: $localize`:@@account.passwordChanged:パスワードを変更しました。ほかの端末やブラウザーでのサインインは終了しました。`,
        });
      },
      error: (error: unknown) => {
        this.passwordPending.set(false);
        const outcome = applyServerErrors(this.passwordForm, error);
        this.passwordMessage.set(outcome.formMessage ? { kind: 'error', text: outcome.formMessage } : null);
        this.focusFirstInvalidAfterRender('#password-form');
      },
    });
  }

  private focusFirstInvalidAfterRender(formSelector: string): void {
    afterNextRender(
      () => {
        const form = this.host.nativeElement.querySelector<HTMLElement>(formSelector);
        if (form) {
          focusFirstInvalid(form);
        }
      },
      { injector: this.injector },
    );
  }
}
