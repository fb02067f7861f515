import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { loadedValue } from '../../core/loaded-value';
import { JstPipe } from '../../core/time/jst';
import { AutoFocus } from '../../shared/ui/auto-focus';
import { RequestState } from '../../shared/ui/request-state';
import { DevMailboxService } from './data-access/dev-mailbox.service';
import { DevMailboxBanner } from './dev-mailbox-banner';

/** `/admin/dev-mailbox`: the e-mails the development transport kept, newest first (JMSB only). */
@Component({
  selector: 'rk-dev-mailbox-page',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, RouterLink, JstPipe, AutoFocus, RequestState, DevMailboxBanner],
  templateUrl: './dev-mailbox-page.html',
  styles: `
    .mailbox-toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px 16px;
      margin-bottom: 16px;
    }

    .mailbox-toolbar__filter {
      width: min(100%, 360px);
    }

    .mailbox-table {
      background: var(--mat-sys-surface);
    }

    .mailbox-table__time {
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }

    .mailbox-table__recipient {
      overflow-wrap: anywhere;
    }

    .mailbox-table__subject a {
      display: inline-block;
      min-height: 24px;
      font-weight: 500;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DevMailboxPage {
  protected readonly mailbox = inject(DevMailboxService).mailbox();
  protected readonly value = computed(() => loadedValue(this.mailbox));
  protected readonly recipient = signal('');
  protected readonly messages = computed(() => {
    const recipient = this.recipient().trim().toLowerCase();
    const messages = this.value()?.messages ?? [];
    return recipient ? messages.filter((message) => message.recipient.toLowerCase().includes(recipient)) : messages;
  });

  protected onRecipient(event: Event): void {
    this.recipient.set((event.target as HTMLInputElement).value);
  }
}
