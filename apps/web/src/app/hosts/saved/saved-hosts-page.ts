import { ChangeDetectionStrategy, Component, ElementRef, Injector, LOCALE_ID, afterNextRender, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { HOST_ALERT_MAX_HOSTS } from '@renkei/contract';
import { applyServerErrors, fieldErrorMessage, focusFirstInvalid } from '../../core/forms/form-errors';
import { RkValidators } from '../../core/forms/validators';
import { AppLocaleCode, toAppLocale } from '../../core/locale/app-locales';
import { AutoFocus } from '../../shared/ui/auto-focus';
import { FormAlert } from '../../shared/ui/form-alert';
import { HostDirectoryService } from '../data-access/host-directory.service';
import { SavedHostsService } from '../data-access/stored-host-lists.service';

/** `/hosts/saved`: the hosts saved in this browser, and the "notify me" form for them (double opt-in). */
@Component({
  selector: 'rk-saved-hosts-page',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, AutoFocus, FormAlert],
  templateUrl: './saved-hosts-page.html',
  styleUrl: './saved-hosts-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SavedHostsPage {
  private readonly directory = inject(HostDirectoryService);
  private readonly element = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly saved = inject(SavedHostsService);

  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [RkValidators.requiredText, RkValidators.email] }),
    language: new FormControl<AppLocaleCode>(toAppLocale(inject(LOCALE_ID)), { nonNullable: true }),
  });
  protected readonly languages: { value: AppLocaleCode; label: string }[] = [
    { value: 'ja', label: '日本語' },
    { value: 'en', label: 'English' },
  ];
  protected readonly maxHosts = HOST_ALERT_MAX_HOSTS;
  protected readonly tooMany = computed(() => this.saved.hosts().length > HOST_ALERT_MAX_HOSTS);
  protected readonly pending = signal(false);
  protected readonly formMessage = signal<string | null>(null);
  protected readonly sent = signal(false);
  protected readonly errorOf = fieldErrorMessage;

  protected submit(): void {
    if (this.pending()) {
      return;
    }
    this.formMessage.set(null);
    this.sent.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalidAfterRender();
      return;
    }
    this.pending.set(true);
    const { email, language } = this.form.getRawValue();
    this.directory.createAlert({ email: email.trim(), language, facilityIds: this.saved.ids().slice(0, HOST_ALERT_MAX_HOSTS) }).subscribe({
      next: () => {
        this.pending.set(false);
        this.sent.set(true);
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

  private focusFirstInvalidAfterRender(): void {
    afterNextRender(() => focusFirstInvalid(this.element.nativeElement), { injector: this.injector });
  }
}
