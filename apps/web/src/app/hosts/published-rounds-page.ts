import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { JstPipe } from '../core/time/jst';
import { AutoFocus } from '../shared/ui/auto-focus';
import { RequestState } from '../shared/ui/request-state';
import { PublishedHostsService } from './data-access/published-hosts.service';

/** `/hosts`: the rounds whose host facilities are published. */
@Component({
  selector: 'rk-published-rounds-page',
  imports: [RouterLink, JstPipe, AutoFocus, RequestState],
  template: `
    <header class="rk-page-header">
      <h1 class="rk-page-title" tabindex="-1" rkAutoFocus i18n="@@hosts.title">連携先施設一覧</h1>
      <p class="rk-page-lead" i18n="@@hosts.lead">
        日本専門医機構が公表した、募集年度ごとの連携先施設の一覧です。都道府県が推薦し、基本領域学会が確認した施設が載っています。
      </p>
    </header>
    <rk-request-state [loading]="rounds.isLoading() && !rounds.hasValue()" [error]="rounds.error()" (retry)="rounds.reload()" />
    @if (rounds.hasValue()) {
      <ul class="published-rounds">
        @for (round of rounds.value(); track round.id) {
          <li>
            <a [routerLink]="round.id" i18n="@@hosts.roundLink">{{ round.recruitmentYear }}年度の連携先施設（{{ round.hostCount }} 件）</a>
            <span class="published-rounds__date" i18n="@@hosts.publishedAt">公表 {{ round.publishedAt | jst }}</span>
          </li>
        } @empty {
          <li i18n="@@hosts.noRounds">公表された一覧はまだありません。</li>
        }
      </ul>
    }
  `,
  styles: `
    .published-rounds {
      line-height: 2;
    }
    .published-rounds__date {
      margin-left: 12px;
      color: #4a4f57;
      font-size: 0.875rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublishedRoundsPage {
  protected readonly rounds = inject(PublishedHostsService).rounds();
}
