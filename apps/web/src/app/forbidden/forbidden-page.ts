import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { AutoFocus } from '../shared/ui/auto-focus';

/** Where a signed-in person lands when their roles do not include a page. */
@Component({
  selector: 'rk-forbidden-page',
  imports: [MatButtonModule, RouterLink, AutoFocus],
  template: `
    <section class="rk-narrow forbidden">
      <h1 class="rk-page-title" tabindex="-1" rkAutoFocus i18n="@@forbidden.title">このページを表示する権限がありません</h1>
      <p i18n="@@forbidden.text">
        あなたの役割ではこのページを利用できません。必要な場合は、日本専門医機構または都道府県の担当者に役割の追加を依頼してください。
      </p>
      <a mat-flat-button routerLink="/" i18n="@@notFound.home">ホームへ戻る</a>
    </section>
  `,
  styles: `
    .forbidden {
      padding: 24px 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForbiddenPage {}
