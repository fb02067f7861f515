import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { httpStatusOf } from '../../core/api-error';
import { loadedValue } from '../../core/loaded-value';
import { JstPipe } from '../../core/time/jst';
import { AutoFocus } from '../../shared/ui/auto-focus';
import { RequestState } from '../../shared/ui/request-state';
import { DevMailboxService } from './data-access/dev-mailbox.service';
import { DevMailboxBanner } from './dev-mailbox-banner';
import { mailLinks } from './mail-links';

/** `/admin/dev-mailbox/:id`: one e-mail, its links, and its HTML (sandboxed) or text part. */
@Component({
  selector: 'rk-dev-mail-page',
  imports: [MatButtonModule, MatButtonToggleModule, RouterLink, JstPipe, AutoFocus, RequestState, DevMailboxBanner],
  templateUrl: './dev-mail-page.html',
  styleUrl: './dev-mail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DevMailPage {
  private readonly sanitizer = inject(DomSanitizer);

  /** `:id` route parameter. */
  readonly id = input.required<string>();

  protected readonly mail = inject(DevMailboxService).mail(() => this.id());
  protected readonly detail = computed(() => loadedValue(this.mail));
  protected readonly links = computed(() => mailLinks(this.detail()?.text ?? ''));
  protected readonly view = signal<'html' | 'text'>('html');
  protected readonly retryable = computed(() => {
    const status = httpStatusOf(this.mail.error());
    return status !== 404 && status !== 400;
  });

  /**
   * The HTML part for the iframe's `srcdoc`. The iframe's empty `sandbox` attribute is the
   * security boundary: no scripts, no forms, no navigation of this page, an opaque origin with no
   * access to the app or its cookies; so the markup is passed on unchanged (Angular's sanitizer
   * would strip the e-mail's inline styles).
   */
  protected readonly htmlDocument = computed((): SafeHtml | null => {
    const html = this.detail()?.html;
    return html ? this.sanitizer.bypassSecurityTrustHtml(html) : null;
  });

  protected setView(value: unknown): void {
    this.view.set(value === 'text' ? 'text' : 'html');
  }
}
