import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Router } from '@angular/router';
import { AuditEntryResponse, AuditQuery } from '@renkei/contract';
import { AuthService } from '../../auth/data-access/auth.service';
import { LocalizedPaginatorIntl } from '../../core/localized-paginator-intl';
import { loadedValue } from '../../core/loaded-value';
import { JstPipe, utcIso } from '../../core/time/jst';
import { ReferenceNamesService } from '../../shared/data-access/reference-names.service';
import { AutoFocus } from '../../shared/ui/auto-focus';
import { RequestState } from '../../shared/ui/request-state';
import { AUDIT_ACTION_FILTERS, AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, auditChanges } from './audit-labels';
import { AuditService } from './data-access/audit.service';

export const AUDIT_PAGE_SIZES = [25, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 50;
/** The API's `action` filter: an exact action or a prefix ending in a dot. */
const ACTION_FILTER = /^[a-z-]+(\.[a-z-]*)?$/;

/**
 * `/admin/audit?action=&page=&pageSize=`: who did what and when, newest first, in Japan time (UTC
 * in the tooltip). The API decides what each person sees: the JMSB everything, others their scope
 * and their own actions.
 */
@Component({
  selector: 'rk-audit-page',
  imports: [MatButtonModule, MatFormFieldModule, MatSelectModule, MatPaginatorModule, MatTooltipModule, JstPipe, AutoFocus, RequestState],
  templateUrl: './audit-page.html',
  styleUrl: './audit-page.scss',
  providers: [{ provide: MatPaginatorIntl, useClass: LocalizedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPage {
  private readonly auditService = inject(AuditService);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  protected readonly names = inject(ReferenceNamesService).use();

  /** Query parameters (bound by the router). */
  readonly page = input<string | undefined>();
  readonly pageSize = input<string | undefined>();
  readonly action = input<string | undefined>();

  protected readonly query = computed((): Required<AuditQuery> => {
    const page = Number(this.page());
    const pageSize = Number(this.pageSize());
    const action = this.action() ?? '';
    return {
      page: Number.isInteger(page) && page >= 1 ? page : 1,
      pageSize: (AUDIT_PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
      action: ACTION_FILTER.test(action) ? action : '',
    };
  });
  protected readonly entries = this.auditService.entries(this.query);
  protected readonly result = computed(() => loadedValue(this.entries));
  protected readonly rows = computed(() => (this.result()?.items ?? []).map((entry) => this.toRow(entry)));
  protected readonly exportUrl = computed(() => this.auditService.exportUrl(this.query().action || undefined));
  protected readonly isJmsb = this.auth.isJmsb;

  protected readonly filters = AUDIT_ACTION_FILTERS;
  /** An action filter from the URL that is not one of the offered ones (e.g. `auth.login`). */
  protected readonly customAction = computed(() => {
    const action = this.query().action;
    return action && !AUDIT_ACTION_FILTERS.some((option) => option.value === action) ? action : null;
  });
  protected readonly pageSizes = AUDIT_PAGE_SIZES;

  protected filterBy(action: string): void {
    void this.router.navigate([], { queryParams: { action: action || null, page: null }, queryParamsHandling: 'merge' });
  }

  protected changePage(event: PageEvent): void {
    void this.router.navigate([], {
      queryParams: { page: event.pageIndex + 1, pageSize: event.pageSize === DEFAULT_PAGE_SIZE ? null : event.pageSize },
      queryParamsHandling: 'merge',
    });
  }

  private toRow(entry: AuditEntryResponse) {
    const scope = [
      entry.prefectureCode ? this.names.prefectureName(entry.prefectureCode) : null,
      entry.specialtyCode ? this.names.specialtyName(entry.specialtyCode) : null,
      entry.facilityId,
    ].filter((part): part is string => part !== null);
    return {
      entry,
      utc: utcIso(entry.occurredAt),
      actionLabel: AUDIT_ACTION_LABELS[entry.action] ?? entry.action,
      entityLabel: entry.entityType ? (AUDIT_ENTITY_LABELS[entry.entityType] ?? entry.entityType) : null,
      scope,
      changes: auditChanges(entry.before, entry.after),
    };
  }
}
