import { ChangeDetectionStrategy, Component, ElementRef, Injector, LOCALE_ID, afterNextRender, computed, inject, input, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import type { RuleSet } from '@renkei/eligibility';
import { applyServerErrors, focusFirstInvalid } from '../../core/forms/form-errors';
import { loadedValue } from '../../core/loaded-value';
import { toAppLocale } from '../../core/locale/app-locales';
import { localizedName } from '../../core/locale/localized-name.pipe';
import { ReferenceNamesService } from '../../shared/data-access/reference-names.service';
import { FormAlert } from '../../shared/ui/form-alert';
import { RequestState } from '../../shared/ui/request-state';
import { RulesService } from '../data-access/rules.service';
import { rulesFieldError } from '../field-errors';
import { ConditionGroup, DraftForm, draftForm, draftRequest, draftServerFieldMap, isSufficiencyCondition, overrideGroup } from './draft-form';
import { definitionOf } from './rule-set-definition';

/**
 * "New draft from this version": the base version's values in a form; saved as a draft (not in
 * force) and opened on its page, where the diff against the active version is shown.
 */
@Component({
  selector: 'rk-rule-set-draft-page',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, RouterLink, FormAlert, RequestState],
  templateUrl: './rule-set-draft-page.html',
  styleUrl: '../rules-feature.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RuleSetDraftPage {
  private readonly rules = inject(RulesService);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly locale = toAppLocale(inject(LOCALE_ID));
  protected readonly names = inject(ReferenceNamesService).use();

  /** Route parameter: the base version. */
  readonly id = input.required<string>();
  /** Query parameters: a dataset to read in addition (e.g. one just imported). */
  readonly sufficiency = input<string | undefined>();
  readonly ceiling = input<string | undefined>();

  protected readonly base = this.rules.ruleSet(() => this.id());
  protected readonly sufficiencyDatasets = this.rules.sufficiencyDatasets();
  protected readonly ceilingDatasets = this.rules.ceilingDatasets();
  protected readonly definition = computed((): RuleSet | undefined => {
    const base = loadedValue(this.base);
    return base ? definitionOf(base) : undefined;
  });
  protected readonly form = computed((): DraftForm | undefined => {
    const definition = this.definition();
    return definition ? draftForm(definition, { sufficiency: this.sufficiency(), ceiling: this.ceiling() }) : undefined;
  });
  protected readonly sufficiencyOptions = computed(() =>
    (loadedValue(this.sufficiencyDatasets) ?? []).map((d) => ({ code: d.code, name: this.name(d) })),
  );
  protected readonly ceilingOptions = computed(() =>
    (loadedValue(this.ceilingDatasets) ?? []).map((d) => ({ code: d.code, name: this.name(d), sample: d.sample })),
  );

  protected readonly pending = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly errorOf = rulesFieldError;
  protected readonly isSufficiency = isSufficiencyCondition;

  protected name(value: { nameJa: string; nameEn: string }): string {
    return localizedName(this.locale, value);
  }

  /** The sufficiency conditions of a category (the form holds only those). */
  protected sufficiencyConditions(index: number) {
    return (this.definition()?.categories[index]?.conditions ?? []).filter(isSufficiencyCondition);
  }

  protected addOverride(condition: ConditionGroup): void {
    condition.controls.overrides.push(overrideGroup());
  }

  protected removeOverride(condition: ConditionGroup, index: number): void {
    condition.controls.overrides.removeAt(index);
  }

  protected submit(): void {
    const form = this.form();
    const definition = this.definition();
    if (!form || !definition || this.pending()) {
      return;
    }
    this.message.set(null);
    if (form.invalid) {
      form.markAllAsTouched();
      this.focusFirstInvalidAfterRender();
      return;
    }
    this.pending.set(true);
    this.rules.createRuleSet(draftRequest(definition, form.getRawValue())).subscribe({
      next: (created) => {
        this.pending.set(false);
        void this.router.navigate(['/rules/rule-sets', created.id]);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.message.set(applyServerErrors(form, error, draftServerFieldMap(definition, form)).formMessage);
        this.focusFirstInvalidAfterRender();
      },
    });
  }

  protected overrideLabel(specialty: string): string {
    return $localize`:@@ruleSetDraft.removeOverrideLabel:削除（${specialty}:specialty: の閾値）`;
  }

  private focusFirstInvalidAfterRender(): void {
    afterNextRender(() => focusFirstInvalid(this.host.nativeElement), { injector: this.injector });
  }
}
