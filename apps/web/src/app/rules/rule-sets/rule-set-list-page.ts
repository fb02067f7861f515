import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { loadedValue } from '../../core/loaded-value';
import { JstPipe } from '../../core/time/jst';
import { RequestState } from '../../shared/ui/request-state';
import { RulesService } from '../data-access/rules.service';
import { RULE_SET_STATUS_LABELS } from '../labels';
import { STATUS_CHIP_CLASS, definitionOf, groupByYear } from './rule-set-definition';

/** Every rule set version per recruitment year, with its status, source note and the datasets it reads. */
@Component({
  selector: 'rk-rule-set-list-page',
  imports: [RouterLink, JstPipe, RequestState],
  templateUrl: './rule-set-list-page.html',
  styleUrl: '../rules-feature.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RuleSetListPage {
  protected readonly ruleSets = inject(RulesService).ruleSets();
  protected readonly years = computed(() =>
    groupByYear(loadedValue(this.ruleSets) ?? []).map(({ year, versions }) => ({
      year,
      versions: versions.map((ruleSet) => ({ ruleSet, datasets: definitionOf(ruleSet).datasets })),
    })),
  );
  protected readonly statusLabels = RULE_SET_STATUS_LABELS;
  protected readonly chipClass = STATUS_CHIP_CLASS;

  protected draftLabel(version: number, year: number): string {
    return $localize`:@@ruleSets.newDraftLabel:この版から下書きを作成（${year}:year: 年度 第 ${version}:version: 版）`;
  }
}
