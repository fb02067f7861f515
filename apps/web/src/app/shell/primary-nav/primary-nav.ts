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
}
