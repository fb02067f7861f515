import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The unmistakable "development only" banner of the mailbox pages. */
@Component({
  selector: 'rk-dev-mailbox-banner',
  template: `
    <div class="dev-banner" role="note" aria-labelledby="dev-banner-title">
      <p id="dev-banner-title" class="dev-banner__title" i18n="@@devMailbox.bannerTitle">
        開発用メールボックス — 開発環境専用です。ここにあるメールは実際には送信されていません。
      </p>
      @if (active()) {
        <p class="dev-banner__text" i18n="@@devMailbox.bannerActive">
          SMTP サーバーが設定されていないため、アプリが送るメール（招待、パスワード再設定など）は宛先に届かず、ここに保存されます。
        </p>
      } @else {
        <p class="dev-banner__text" i18n="@@devMailbox.bannerInactive">
          SMTP サーバーが設定されているため、新しいメールは実際に送信され、ここには表示されません。表示されているのは以前のメールです。
        </p>
      }
    </div>
  `,
  styles: `
    .dev-banner {
      margin: 0 0 20px;
      padding: 14px 18px;
      border: 2px dashed #8a5a00;
      border-radius: 12px;
      background: repeating-linear-gradient(-45deg, #fff6df, #fff6df 12px, #ffefc7 12px, #ffefc7 24px);
      color: #3d2800;
    }

    .dev-banner__title {
      margin: 0 0 4px;
      font-weight: 700;
    }

    .dev-banner__text {
      margin: 0;
      font-size: 14px;
      line-height: 1.6;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DevMailboxBanner {
  readonly active = input(true);
}
