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
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule, ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { WhatIfResponse } from '@renkei/contract';
import { applyServerErrors, fieldErrorMessage, focusFirstInvalid } from '../../core/forms/form-errors';
import { loadedValue } from '../../core/loaded-value';
import { toAppLocale } from '../../core/locale/app-locales';
import { joinList } from '../../core/locale/list-format';
import { LocalizedNamePipe, localizedName } from '../../core/locale/localized-name.pipe';
import { ReferenceDataService } from '../../regional-data/data-access/reference-data.service';
import { FormAlert } from '../../shared/ui/form-alert';
import { RequestState } from '../../shared/ui/request-state';
import { RECRUITMENT_YEARS } from '../check/eligibility-check-page';
import { EligibilityService } from '../data-access/eligibility.service';
import { RuleSetCategory, ruleSetCategories } from '../rule-set-categories';
import { THRESHOLD_MAX, THRESHOLD_MIN, thresholdOverrideForm, toWhatIfRequest, whatIfForm } from './what-if-form';

type WhatIfCell = WhatIfResponse['rows'][number]['categories'][number];

/**
 * JMSB only: try other sufficiency thresholds (e.g. ③ 0.7 → 0.8, pediatrics 0.8 → 0.9) or another
 * dataset and see how many host prefectures each specialty would have, next to the current rules.
 * Nothing is saved.
 */
@Component({
  selector: 'rk-what-if-page',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule, LocalizedNamePipe, FormAlert, RequestState],
  templateUrl: './what-if-page.html',
  styleUrls: ['./what-if-page.scss', '../data-table.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WhatIfPage {
  private readonly eligibility = inject(EligibilityService);
  private readonly referenceData = inject(ReferenceDataService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly locale = toAppLocale(inject(LOCALE_ID));

  protected readonly years = RECRUITMENT_YEARS;
  protected readonly thresholdMin = THRESHOLD_MIN;
  protected readonly thresholdMax = THRESHOLD_MAX;
  protected readonly form = whatIfForm(RECRUITMENT_YEARS[0]);
  protected readonly overrides = this.form.controls.thresholdOverrides;

  private readonly ruleSetsResource = this.eligibility.ruleSets();
  private readonly specialtiesResource = this.referenceData.specialties();
  private readonly datasetsResource = this.referenceData.sufficiencyDatasets();
  protected readonly specialties = computed(() => loadedValue(this.specialtiesResource) ?? []);
  protected readonly datasets = computed(() => loadedValue(this.datasetsResource) ?? []);
  private readonly year = toSignal(this.form.controls.year.valueChanges, { initialValue: this.form.controls.year.value });
  /** Categories of the year's rule set that read a sufficiency threshold (the ones a what-if can change). */
  protected readonly categories = computed(() =>
    ruleSetCategories(loadedValue(this.ruleSetsResource) ?? [], this.year()).filter((category) => category.threshold !== null),
  );

  private readonly referenceResources = [this.ruleSetsResource, this.specialtiesResource, this.datasetsResource] as const;
  protected readonly referenceLoading = computed(() => this.referenceResources.some((resource) => resource.isLoading()));
  protected readonly referenceError = computed(() => this.referenceResources.map((resource) => resource.error()).find(Boolean));

  protected readonly pending = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly result = signal<WhatIfResponse | null>(null);
  /** Column headings of the result: the categories of its rows. */
  protected readonly resultCategories = computed(() => this.result()?.rows[0]?.categories ?? []);

  constructor() {
    // A year's rule set may lack a category (2027 has no prefecture-limited part): move such rows to one it has.
    effect(() => {
      const codes = this.categories().map((category) => category.code);
      untracked(() => {
        for (const override of this.overrides.controls) {
          const fallback = codes.includes('special-regional') ? 'special-regional' : codes[0];
          if (fallback && !codes.includes(override.controls.categoryCode.value)) {
            override.controls.categoryCode.setValue(fallback);
          }
        }
      });
    });
  }

  protected retryReference(): void {
    for (const resource of this.referenceResources) {
      if (resource.error()) {
        resource.reload();
      }
    }
  }

  protected addOverride(): void {
    const codes = this.categories().map((category) => category.code);
    this.overrides.push(thresholdOverrideForm(codes.includes('special-regional') ? 'special-regional' : (codes[0] ?? 'special-regional')));
  }

  protected removeOverride(index: number): void {
    this.overrides.removeAt(index);
  }

  protected removeLabel(index: number): string {
    const position = index + 1;
    return $localize`:@@eligibilityWhatIf.removeLabel:${position}:position: 番目の変更を削除`;
  }

  /** The threshold in force for a row's category and specialty, e.g. "0.7" or "0.8 (pediatrics)". */
  protected currentThreshold(categoryCode: string, specialtyCode: string): number | null {
    const category: RuleSetCategory | undefined = this.categories().find((item) => item.code === categoryCode);
    if (!category) {
      return null;
    }
    return category.specialtyThresholds[specialtyCode] ?? category.threshold;
  }

  protected thresholdError(errors: ValidationErrors | null): string | null {
    if (errors?.['min'] || errors?.['max']) {
      const min = THRESHOLD_MIN;
      const max = THRESHOLD_MAX;
      return $localize`:@@eligibilityWhatIf.thresholdRange:${min}:min: 以上 ${max}:max: 以下の数で入力してください。`;
    }
    return fieldErrorMessage(errors);
  }

  protected readonly errorOf = fieldErrorMessage;

  protected names(prefectures: readonly { nameJa: string; nameEn: string }[]): string {
    return joinList(prefectures.map((prefecture) => localizedName(this.locale, prefecture)));
  }

  protected specialtyName(row: { specialtyNameJa: string; specialtyNameEn: string }): string {
    return this.locale === 'en' ? row.specialtyNameEn : row.specialtyNameJa;
  }

  /** Column heading of a result category: its label and name in the rule set of the result's year. */
  protected categoryHeading(cell: WhatIfCell): string {
    const category = ruleSetCategories(loadedValue(this.ruleSetsResource) ?? [], this.result()?.year ?? this.year()).find(
      (item) => item.code === cell.categoryCode,
    );
    return category ? `${cell.label} ${localizedName(this.locale, category)}` : cell.label;
  }

  protected signed(cell: WhatIfCell): string {
    return cell.delta > 0 ? `+${cell.delta}` : String(cell.delta);
  }

  protected submit(): void {
    if (this.pending()) {
      return;
    }
    this.message.set(null);
    if (this.form.invalid || this.overrides.length === 0) {
      this.form.markAllAsTouched();
      if (this.overrides.length === 0) {
        this.message.set($localize`:@@eligibilityWhatIf.noOverrides:しきい値の変更を 1 つ以上追加してください。`);
      }
      this.focusFirstInvalidAfterRender();
      return;
    }
    this.pending.set(true);
    this.eligibility.whatIf(toWhatIfRequest(this.form.getRawValue())).subscribe({
      next: (response) => {
        this.pending.set(false);
        this.result.set(response);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.result.set(null);
        const outcome = applyServerErrors(this.form, error, {
          sufficiencyDatasets: this.form.controls.sufficiencyDataset,
          'sufficiencyDatasets.0': this.form.controls.sufficiencyDataset,
        });
        this.message.set(outcome.formMessage);
        this.focusFirstInvalidAfterRender();
      },
    });
  }

  private focusFirstInvalidAfterRender(): void {
    afterNextRender(() => focusFirstInvalid(this.host.nativeElement), { injector: this.injector });
  }
}
