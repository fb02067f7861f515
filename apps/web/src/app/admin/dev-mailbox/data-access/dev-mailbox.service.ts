import { HttpResourceRef, httpResource } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_BASE_URL } from '../../../core/api-base-url.token';

/** One e-mail the development transport kept instead of sending (`GET /api/dev-mailbox`). */
export interface DevelopmentMailSummary {
  id: string;
  outboxId: string;
  recipient: string;
  subject: string;
  /** ISO 8601, UTC. */
  deliveredAt: string;
}

export interface DevelopmentMailDetail extends DevelopmentMailSummary {
  text: string;
  /** The HTML part as sent: only ever shown in a sandboxed iframe. */
  html: string;
}

export interface DevelopmentMailbox {
  /** True when no SMTP server is configured, i.e. new e-mails land here instead of being sent. */
  active: boolean;
  messages: DevelopmentMailSummary[];
}

/** The JMSB-only development mailbox. */
@Injectable({ providedIn: 'root' })
export class DevMailboxService {
  private readonly apiBaseUrl = inject(API_BASE_URL);

  mailbox(): HttpResourceRef<DevelopmentMailbox | undefined> {
    return httpResource<DevelopmentMailbox>(() => `${this.apiBaseUrl}/dev-mailbox`);
  }

  mail(id: () => string | undefined): HttpResourceRef<DevelopmentMailDetail | undefined> {
    return httpResource<DevelopmentMailDetail>(() => {
      const value = id();
      return value ? `${this.apiBaseUrl}/dev-mailbox/${encodeURIComponent(value)}` : undefined;
    });
  }
}
