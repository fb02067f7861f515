import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { NavItem } from './nav-item';

@Component({
  selector: 'rk-primary-nav',
  imports: [RouterLink, RouterLinkActive],
  templateUrl: './primary-nav.html',
  styleUrl: './primary-nav.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrimaryNav {
  readonly items = input.required<readonly NavItem[]>();

  /** What the badge says to screen readers (the number alone would be ambiguous). */
  protected countLabel(count: number): string {
    return $localize`:@@nav.countLabel:${count}:count: 件の作業`;
  }
}
