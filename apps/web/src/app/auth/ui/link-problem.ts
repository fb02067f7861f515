import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { AutoFocus } from '../../shared/ui/auto-focus';
import { AccountLinkKind } from '../data-access/account-links.service';

/**
 * The page for an invitation or reset link that cannot be used any more: says so in plain words
 * and what to do next.
 */
@Component({
  selector: 'rk-link-problem',
  imports: [MatButtonModule, RouterLink, AutoFocus],
  templateUrl: './link-problem.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LinkProblem {
  readonly kind = input.required<AccountLinkKind>();
  readonly state = input.required<'expired' | 'used' | 'unknown'>();
}
