import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink } from '@angular/router';
import { LanguageSwitch } from '../language-switch/language-switch';
import { NavItem } from '../primary-nav/nav-item';
import { PrimaryNav } from '../primary-nav/primary-nav';

@Component({
  selector: 'rk-site-header',
  imports: [MatToolbarModule, RouterLink, LanguageSwitch, PrimaryNav],
  templateUrl: './site-header.html',
  styleUrl: './site-header.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteHeader {
  readonly navItems = input.required<readonly NavItem[]>();
}
