import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

/** "Rules & data" (JMSB): page heading and tabs for rule sets, exceptions, and datasets with imports. */
@Component({
  selector: 'rk-rules-page',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet],
  templateUrl: './rules-page.html',
  styleUrl: '../shared/ui/tabbed-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RulesPage {
  protected readonly tabs = [
    { path: 'rule-sets', label: $localize`:@@rules.tabRuleSets:ルールセット` },
    { path: 'exceptions', label: $localize`:@@rules.tabExceptions:経過措置` },
    { path: 'datasets', label: $localize`:@@rules.tabDatasets:データセットと取り込み` },
  ] as const;
}
