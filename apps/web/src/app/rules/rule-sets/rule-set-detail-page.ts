import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { DecisionDiffSummary } from '@renkei/contract';
import type { Condition } from '@renkei/eligibility';
import { localizedApiError } from '../../core/forms/server-messages';
import { loadedValue } from '../../core/loaded-value';
import { toAppLocale } from '../../core/locale/app-locales';
import { localizedName } from '../../core/locale/localized-name.pipe';
import { JstPipe } from '../../core/time/jst';
import { ReferenceNamesService } from '../../shared/data-access/reference-names.service';
import { ConfirmDialog, ConfirmDialogData } from '../../shared/ui/confirm-dialog';
import { RequestState } from '../../shared/ui/request-state';
import { RulesService } from '../data-access/rules.service';
import { CHANGE_KIND_LABELS, RULE_SET_STATUS_LABELS, decisionLabel } from '../labels';
import { groupChanges } from './diff-groups';
import { STATUS_CHIP_CLASS, definitionOf } from './rule-set-definition';

/**
 * One rule set version, readable: datasets, categories, conditions, thresholds and overrides. For a
 * version that is not in force: what activating it would move (the API re-evaluates every decision)
 * and the activation itself, behind a confirmation.
 */
@Component({
  selector: 'rk-rule-set-detail-page',
  imports: [MatButtonModule, RouterLink, JstPipe, RequestState],
  templateUrl: './rule-set-detail-page.html',
  styleUrl: '../rules-feature.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RuleSetDetailPage {
  private readonly rules = inject(RulesService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly locale = toAppLocale(inject(LOCALE_ID));
  protected readonly names = inject(ReferenceNamesService).use();

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly ruleSet = this.rules.ruleSet(() => this.id());
  protected readonly current = computed(() => loadedValue(this.ruleSet));
  protected readonly definition = computed(() => {
    const ruleSet = this.current();
    return ruleSet ? definitionOf(ruleSet) : undefined;
  });
  /** Only a version not in force has something to compare with the active one. */
  protected readonly diff = this.rules.diff(() => {
    const ruleSet = this.current();
    return ruleSet && ruleSet.status !== 'active' ? ruleSet.id : undefined;
  });
  protected readonly diffSides = computed(() => {
    const diff = loadedValue(this.diff);
    if (!diff) {
      return [];
    }
    const side = (id: 'prefectures' | 'facilities', title: string, summary: DecisionDiffSummary) => ({
      id,
      title,
      summary,
      groups: groupChanges(summary),
    });
    return [
      side('prefectures', $localize`:@@ruleSet.diffPrefectures:都道府県 × 領域`, diff.prefectures),
      side('facilities', $localize`:@@ruleSet.diffFacilities:連携先施設 × 領域`, diff.facilities),
    ];
  });
  protected readonly diffFrom = computed(() => loadedValue(this.diff)?.from ?? null);

  protected readonly statusLabels = RULE_SET_STATUS_LABELS;
  protected readonly chipClass = STATUS_CHIP_CLASS;
  protected readonly kindLabels = CHANGE_KIND_LABELS;
  protected readonly decisionLabel = decisionLabel;
  protected readonly activating = signal(false);

  protected name(value: { nameJa: string; nameEn: string }): string {
    return localizedName(this.locale, value);
  }

  /** A category's label (①, ②'…) in this version, or its code. */
  protected categoryLabel(code: string): string {
    return this.definition()?.categories.find((category) => category.code === code)?.label ?? code;
  }

  protected levelLabel(condition: Condition): string {
    return condition.level === 'prefecture'
      ? $localize`:@@ruleSet.levelPrefecture:都道府県単位（データで判定）`
      : $localize`:@@ruleSet.levelFacility:施設単位`;
  }

  protected yesNo(value: boolean): string {
    return value ? $localize`:@@rules.yes:はい` : $localize`:@@rules.no:いいえ`;
  }

  protected overrides(thresholds: Readonly<Record<string, number>>): { specialty: string; threshold: number }[] {
    return Object.entries(thresholds).map(([code, threshold]) => ({ specialty: this.names.specialtyName(code), threshold }));
  }

  protected activate(): void {
    const ruleSet = this.current();
    if (!ruleSet || this.activating()) {
      return;
    }
    const year = ruleSet.recruitmentYear;
    const version = ruleSet.version;
    const data: ConfirmDialogData = {
      title: $localize`:@@ruleSet.activateTitle:この版を有効にしますか？`,
      message: $localize`:@@ruleSet.activateMessage:${year}:year: 年度募集の第 ${version}:version: 版を有効にします。いま有効な版は廃止になり、適格性の判定はすぐにこの版に従います。`,
      confirmLabel: $localize`:@@ruleSet.activateConfirm:有効にする`,
    };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, role: 'alertdialog' })
      .afterClosed()
      .subscribe((confirmed) => {
        if (!confirmed) {
          return;
        }
        this.activating.set(true);
        this.rules.activateRuleSet(ruleSet.id).subscribe({
          next: () => {
            this.activating.set(false);
            this.snackBar.open($localize`:@@ruleSet.activated:第 ${version}:version: 版を有効にしました。`, undefined, { duration: 5000 });
            void this.router.navigate(['/rules/rule-sets']);
          },
          error: (error: unknown) => {
            this.activating.set(false);
            this.snackBar.open(localizedApiError(error), $localize`:@@common.close:閉じる`, { duration: 10000 });
          },
        });
      });
  }
}
