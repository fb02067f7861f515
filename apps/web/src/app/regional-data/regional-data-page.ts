import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

/** "Regional data": page heading and tabs for the prefecture and sufficiency views. */
@Component({
  selector: 'rk-regional-data-page',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet],
  templateUrl: './regional-data-page.html',
  styleUrl: '../shared/ui/tabbed-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegionalDataPage {
  protected readonly tabs = [
    { path: 'prefectures', label: $localize`:@@regionalData.tabPrefectures:都道府県・二次医療圏` },
    { path: 'sufficiency', label: $localize`:@@regionalData.tabSufficiency:足下充足率` },
  ] as const;
}
