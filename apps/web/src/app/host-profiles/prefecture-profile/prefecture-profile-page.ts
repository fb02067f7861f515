import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, linkedSignal, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { PrefectureProfileContent, PrefectureProfileResponse } from '@renkei/contract';
import { AuthService } from '../../auth/data-access/auth.service';
import { httpStatusOf } from '../../core/api-error';
import { applyServerErrors, fieldErrorMessage, focusFirstInvalid } from '../../core/forms/form-errors';
import { apiErrorCode } from '../../core/forms/server-messages';
import { loadedValue } from '../../core/loaded-value';
import { JstPipe } from '../../core/time/jst';
import { ReferenceNamesService } from '../../shared/data-access/reference-names.service';
import { AutoFocus } from '../../shared/ui/auto-focus';
import { FormAlert } from '../../shared/ui/form-alert';
import { RequestState } from '../../shared/ui/request-state';
import { PrefectureProfilesService } from '../data-access/prefecture-profiles.service';
import { profileErrorMessage } from '../editor/profile-errors';

type PrefectureProfileForm = FormGroup<{
  supportProgrammes: FormControl<string>;
  allowances: FormControl<string>;
  livingCosts: FormControl<string>;
  message: FormControl<string>;
  websiteUrl: FormControl<string>;
}>;

const HTTPS_URL = /^https:\/\/[^\s/$.?#][^\s]*$/i;

function prefectureProfileForm(content: PrefectureProfileContent): PrefectureProfileForm {
  const text = (value: string | null | undefined, max: number) =>
    new FormControl(value ?? '', { nonNullable: true, validators: [Validators.maxLength(max)] });
  return new FormGroup({
    supportProgrammes: text(content.supportProgrammes, 2000),
    allowances: text(content.allowances, 1000),
    livingCosts: text(content.livingCosts, 1000),
    message: text(content.message, 1000),
    websiteUrl: new FormControl(content.websiteUrl ?? '', { nonNullable: true, validators: [Validators.pattern(HTTPS_URL)] }),
  });
}

/** `/prefecture-profile`: what a prefecture writes once for all its hosts (support, allowances, living costs, message). */
@Component({
  selector: 'rk-prefecture-profile-page',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, JstPipe, AutoFocus, FormAlert, RequestState],
  templateUrl: './prefecture-profile-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrefectureProfilePage {
  private readonly auth = inject(AuthService);
  private readonly service = inject(PrefectureProfilesService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly names = inject(ReferenceNamesService).use();

  protected readonly prefectureCodes = this.auth.prefectureCodes;
  protected readonly prefectureCode = linkedSignal<string | null>(() => this.prefectureCodes()[0] ?? null);
  protected readonly resource = this.service.profile(() => this.prefectureCode() ?? undefined);
  protected readonly profile = computed(() => loadedValue(this.resource));
  protected readonly form = computed(() => {
    const profile = this.profile();
    return profile ? prefectureProfileForm(profile.content) : null;
  });
  protected readonly pending = signal(false);
  protected readonly message = signal<{ kind: 'error' | 'success'; text: string } | null>(null);
  protected readonly conflict = signal(false);

  protected errorOf(errors: ValidationErrors | null): string | null {
    return errors?.['pattern'] && typeof errors['server'] !== 'string'
      ? $localize`:@@prefectureProfile.error.url:https:// で始まるアドレスを入力してください。`
      : fieldErrorMessage(errors);
  }

  protected reload(): void {
    this.conflict.set(false);
    this.message.set(null);
    this.resource.reload();
  }

  protected save(form: PrefectureProfileForm, profile: PrefectureProfileResponse): void {
    if (this.pending()) {
      return;
    }
    this.message.set(null);
    this.conflict.set(false);
    if (form.invalid) {
      form.markAllAsTouched();
      afterNextRender(() => focusFirstInvalid(this.host.nativeElement), { injector: this.injector });
      return;
    }
    const value = form.getRawValue();
    const optional = (text: string) => (text.trim() === '' ? null : text.trim());
    this.pending.set(true);
    this.service
      .update(profile.prefectureCode, {
        supportProgrammes: optional(value.supportProgrammes),
        allowances: optional(value.allowances),
        livingCosts: optional(value.livingCosts),
        message: optional(value.message),
        websiteUrl: optional(value.websiteUrl),
        version: profile.version,
      })
      .subscribe({
        next: (saved) => {
          this.pending.set(false);
          this.resource.set(saved);
          this.message.set({ kind: 'success', text: $localize`:@@prefectureProfile.saved:保存しました。県内の連携先施設のページに表示されます。` });
        },
        error: (error: unknown) => {
          this.pending.set(false);
          const outcome = httpStatusOf(error) === 400 ? applyServerErrors(form, error) : null;
          this.conflict.set(httpStatusOf(error) === 409);
          const conflict =
            apiErrorCode(error) === 'VERSION_CONFLICT'
              ? $localize`:@@prefectureProfile.error.conflict:ほかの人が先に保存しました。あなたの変更はまだ保存されていません。「再読み込み」で最新の内容を表示してから、もう一度編集してください。`
              : null;
          this.message.set({ kind: 'error', text: outcome?.formMessage ?? conflict ?? profileErrorMessage(error) });
          if (outcome && outcome.fields.length > 0) {
            afterNextRender(() => focusFirstInvalid(this.host.nativeElement), { injector: this.injector });
          }
        },
      });
  }
}
