import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthService } from '../auth/data-access/auth.service';

/** "Eligibility": page heading and tabs for the check, the map, the committee tables and (JMSB) the what-if. */
@Component({
  selector: 'rk-eligibility-page',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet],
  templateUrl: './eligibility-page.html',
  styleUrl: '../shared/ui/tabbed-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EligibilityPage {
  private readonly auth = inject(AuthService);

  private readonly publicTabs = [
    { path: 'check', label: $localize`:@@eligibility.tabCheck:適格性チェック` },
    { path: 'map', label: $localize`:@@eligibility.tabMap:地図` },
    { path: 'tables', label: $localize`:@@eligibility.tabTables:委員会資料の表` },
  ];
  private readonly whatIfTab = { path: 'what-if', label: $localize`:@@eligibility.tabWhatIf:しきい値の試算` };
  protected readonly tabs = computed(() => (this.auth.isJmsb() ? [...this.publicTabs, this.whatIfTab] : this.publicTabs));
}
