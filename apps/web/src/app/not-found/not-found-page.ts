import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'rk-not-found-page',
  imports: [MatButtonModule, RouterLink],
  template: `
    <section class="not-found">
      <h1 i18n="@@notFound.title">ページが見つかりません</h1>
      <p i18n="@@notFound.text">URL が正しいかご確認ください。ページが移動または削除された可能性があります。</p>
      <a mat-flat-button routerLink="/" i18n="@@notFound.home">ホームへ戻る</a>
    </section>
  `,
  styles: `
    .not-found {
      max-width: 40em;
      padding: 48px 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPage {}
