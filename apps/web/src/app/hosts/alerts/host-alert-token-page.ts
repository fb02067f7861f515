import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { HostAlertResponse } from '@renkei/contract';
import { localizedApiError } from '../../core/forms/server-messages';
import { AutoFocus } from '../../shared/ui/auto-focus';
import { FormAlert } from '../../shared/ui/form-alert';
import { HostDirectoryService } from '../data-access/host-directory.service';

export type HostAlertAction = 'confirm' | 'unsubscribe';

/**
 * `/hosts/alerts/confirm?token=` and `/hosts/alerts/unsubscribe?token=`: the mail's link opens this
 * page and a person presses the button. Nothing happens on page load, because mail scanners open links.
 */
@Component({
  selector: 'rk-host-alert-token-page',
  imports: [RouterLink, MatButtonModule, AutoFocus, FormAlert],
  template: `
    <div class="rk-narrow">
      <header class="rk-page-header">
        <h1 class="rk-page-title" tabindex="-1" rkAutoFocus>{{ title() }}</h1>
        @if (!result()) {
          <p class="rk-page-lead">{{ lead() }}</p>
        }
      </header>
      @if (!token()) {
        <p class="rk-alert rk-alert--error" role="alert" i18n="@@hostDirectory.alerts.noToken">
          リンクが正しくありません。メールのリンクを省略せずに開いてください。
        </p>
      } @else if (result(); as result) {
        <section class="rk-card" data-testid="alert-result">
          <p role="status">{{ result.status === 'confirmed' ? confirmedText : unsubscribedText }}</p>
          @if (result.hosts.length > 0) {
            <h2 class="alert-hosts__title" i18n="@@hostDirectory.alerts.hostsTitle">対象の連携先</h2>
            <ul>
              @for (host of result.hosts; track host.facilityId) {
                <li>
                  <a [routerLink]="['/hosts', host.facilityId]">{{ host.name }}</a>
                </li>
              }
            </ul>
          }
        </section>
      } @else {
        <rk-form-alert [message]="error()" />
        <div class="rk-form-actions">
          <button mat-flat-button type="button" [disabled]="pending()" (click)="run()" data-testid="alert-action">{{ buttonText() }}</button>
        </div>
      }
      <p><a routerLink="/hosts" i18n="@@hostDirectory.backToDirectory">連携先を探す</a></p>
    </div>
  `,
  styles: `
    .alert-hosts__title {
      font-size: 1.125rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HostAlertTokenPage {
  private readonly directory = inject(HostDirectoryService);
  /** From the route's data. */
  readonly action = input<HostAlertAction>('confirm');
  readonly token = input<string>();

  protected readonly pending = signal(false);
  protected readonly result = signal<HostAlertResponse | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly confirmedText = $localize`:@@hostDirectory.alerts.confirmed:登録が完了しました。保存した連携先に動きがあったらメールでお知らせします。`;
  protected readonly unsubscribedText = $localize`:@@hostDirectory.alerts.unsubscribed:配信を停止しました。今後このお知らせは届きません。`;
  protected readonly title = computed(() =>
    this.action() === 'confirm'
      ? $localize`:@@hostDirectory.alerts.confirmTitle:お知らせメールの登録確認`
      : $localize`:@@hostDirectory.alerts.unsubscribeTitle:お知らせメールの配信停止`,
  );
  protected readonly lead = computed(() =>
    this.action() === 'confirm'
      ? $localize`:@@hostDirectory.alerts.confirmLead:下のボタンを押すと登録が完了し、お知らせメールが届くようになります。`
      : $localize`:@@hostDirectory.alerts.unsubscribeLead:下のボタンを押すと、このお知らせメールの配信を停止します。`,
  );
  protected readonly buttonText = computed(() =>
    this.action() === 'confirm'
      ? $localize`:@@hostDirectory.alerts.confirmButton:登録を完了する`
      : $localize`:@@hostDirectory.alerts.unsubscribeButton:配信を停止する`,
  );

  protected run(): void {
    const token = this.token();
    if (!token || this.pending()) {
      return;
    }
    this.pending.set(true);
    this.error.set(null);
    this.directory.alertAction(this.action(), token).subscribe({
      next: (result) => {
        this.pending.set(false);
        this.result.set(result);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.error.set(localizedApiError(error));
      },
    });
  }
}
