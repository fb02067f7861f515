import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  LOCALE_ID,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { FormGroupDirective, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { EligibilityExceptionResponse } from '@renkei/contract';
import type { ConditionKind } from '@renkei/eligibility';
import { filter } from 'rxjs';
import { applyServerErrors, focusFirstInvalid } from '../../core/forms/form-errors';
import { localizedApiError } from '../../core/forms/server-messages';
import { loadedValue } from '../../core/loaded-value';
import { toAppLocale } from '../../core/locale/app-locales';
import { localizedName } from '../../core/locale/localized-name.pipe';
import { JstPipe } from '../../core/time/jst';
import { ReferenceNamesService } from '../../shared/data-access/reference-names.service';
import { ConfirmDialog, ConfirmDialogData } from '../../shared/ui/confirm-dialog';
import { FormAlert } from '../../shared/ui/form-alert';
import { RequestState } from '../../shared/ui/request-state';
import { RulesService } from '../data-access/rules.service';
import { rulesFieldError } from '../field-errors';
import { CATEGORY_LABELS, CONDITION_KIND_LABELS, exceptionForm, exceptionRequest, exceptionServerFieldMap } from './exception-form';

/** Transitional exceptions (経過措置): the list, active and inactive, a form to grant one, deactivation. */
@Component({
  selector: 'rk-exceptions-page',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, JstPipe, FormAlert, RequestState],
  templateUrl: './exceptions-page.html',
  styleUrl: '../rules-feature.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExceptionsPage {
  private readonly rules = inject(RulesService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly locale = toAppLocale(inject(LOCALE_ID));
  protected readonly names = inject(ReferenceNamesService).use();

  protected readonly exceptions = this.rules.exceptions();
  private readonly ruleSets = this.rules.ruleSets();
  protected readonly years = computed(() => [...new Set((loadedValue(this.ruleSets) ?? []).map((r) => r.recruitmentYear))].sort());
  protected readonly rows = computed(() =>
    [...(loadedValue(this.exceptions) ?? [])].sort((a, b) => Number(b.active) - Number(a.active) || b.createdAt.localeCompare(a.createdAt)),
  );

  protected readonly form = exceptionForm();
  private readonly formDirective = viewChild.required(FormGroupDirective);
  protected readonly categoryLabels = CATEGORY_LABELS;
  protected readonly categoryCodes = Object.keys(CATEGORY_LABELS) as (keyof typeof CATEGORY_LABELS)[];
  protected readonly kindLabels = CONDITION_KIND_LABELS;
  protected readonly kinds = Object.keys(CONDITION_KIND_LABELS) as ConditionKind[];
  protected readonly errorOf = rulesFieldError;
  protected readonly pending = signal(false);
  protected readonly message = signal<{ kind: 'error' | 'success'; text: string } | null>(null);
  protected readonly busyId = signal<string | null>(null);

  protected name(value: { nameJa: string; nameEn: string }): string {
    return localizedName(this.locale, value);
  }

  /** Whom an exception covers, in words. */
  protected coverage(exception: EligibilityExceptionResponse): string {
    return exception.definition.appliesTo
      .map((selector) =>
        [
          ...(selector.facilityCodes ?? []),
          ...(selector.prefectureCodes ?? []).map((code) => this.names.prefectureName(code)),
          ...(selector.specialtyCodes ?? []).map((code) => this.names.specialtyName(code)),
          ...(selector.previousHostOfCategories ?? []).map(
            (code) => $localize`:@@exceptions.previousHostOf:前年度までの${CATEGORY_LABELS[code]}:category:の連携先`,
          ),
        ].join(' × '),
      )
      .join(' / ');
  }

  protected waived(exception: EligibilityExceptionResponse): string {
    const { conditionKinds = [], conditionIds = [] } = exception.definition.effect;
    return [...conditionKinds.map((kind) => CONDITION_KIND_LABELS[kind]), ...conditionIds].join('、');
  }

  protected categories(exception: EligibilityExceptionResponse): string {
    return exception.definition.categoryCodes.map((code) => CATEGORY_LABELS[code]).join('、');
  }

  protected deactivateLabel(name: string): string {
    return $localize`:@@exceptions.deactivateLabel:無効にする（${name}:name:）`;
  }

  protected submit(): void {
    if (this.pending()) {
      return;
    }
    this.message.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      if (this.form.hasError('emptySelector')) {
        this.message.set({ kind: 'error', text: this.emptySelectorMessage() });
      }
      this.focusFirstInvalidAfterRender();
      return;
    }
    this.pending.set(true);
    this.rules.createException(exceptionRequest(this.form.getRawValue())).subscribe({
      next: (created) => {
        this.pending.set(false);
        this.formDirective().resetForm();
        this.exceptions.update((list) => [...(list ?? []), created]);
        const name = this.name(created.definition);
        this.message.set({ kind: 'success', text: $localize`:@@exceptions.created:経過措置「${name}:name:」を登録しました。` });
      },
      error: (error: unknown) => {
        this.pending.set(false);
        const outcome = applyServerErrors(this.form, error, exceptionServerFieldMap(this.form));
        this.message.set(outcome.formMessage ? { kind: 'error', text: outcome.formMessage } : null);
        this.focusFirstInvalidAfterRender();
      },
    });
  }

  protected emptySelectorMessage(): string {
    return $localize`:@@exceptions.emptySelector:対象（施設コード、都道府県、領域、前年度までの連携先のいずれか）を指定してください。`;
  }

  protected deactivate(exception: EligibilityExceptionResponse): void {
    const name = this.name(exception.definition);
    const data: ConfirmDialogData = {
      title: $localize`:@@exceptions.deactivateTitle:経過措置を無効にしますか？`,
      message: $localize`:@@exceptions.deactivateMessage:「${name}:name:」を無効にします。対象の施設の判定はすぐにこの経過措置なしで行われます。`,
      confirmLabel: $localize`:@@exceptions.deactivateConfirm:無効にする`,
      destructive: true,
    };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, role: 'alertdialog' })
      .afterClosed()
      .pipe(filter((confirmed) => confirmed === true))
      .subscribe(() => {
        this.busyId.set(exception.id);
        this.rules.deactivateException(exception.id).subscribe({
          next: (updated) => {
            this.busyId.set(null);
            this.exceptions.update((list) => list?.map((item) => (item.id === updated.id ? updated : item)));
            this.snackBar.open($localize`:@@exceptions.deactivated:経過措置を無効にしました。`, undefined, { duration: 5000 });
          },
          error: (error: unknown) => {
            this.busyId.set(null);
            this.snackBar.open(localizedApiError(error), $localize`:@@common.close:閉じる`, { duration: 10000 });
          },
        });
      });
  }

  private focusFirstInvalidAfterRender(): void {
    afterNextRender(() => focusFirstInvalid(this.host.nativeElement), { injector: this.injector });
  }
}
