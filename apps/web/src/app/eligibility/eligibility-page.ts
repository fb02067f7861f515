import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

/** "Eligibility": page heading and tabs for the check and the committee tables. */
@Component({
  selector: 'rk-eligibility-page',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet],
  templateUrl: './eligibility-page.html',
  styleUrl: '../shared/ui/tabbed-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EligibilityPage {
  protected readonly tabs = [
    { path: 'check', label: $localize`:@@eligibility.tabCheck:適格性チェック` },
    { path: 'tables', label: $localize`:@@eligibility.tabTables:委員会資料の表` },
  ] as const;
}
