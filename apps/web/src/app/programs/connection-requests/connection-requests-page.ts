import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { ConnectionRequestResponse, ProgramResponse } from '@renkei/contract';
import { AuthService } from '../../auth/data-access/auth.service';
import { loadedValue } from '../../core/loaded-value';
import { CATEGORY_LABELS } from '../../host-profiles/profile-labels';
import { ReferenceNamesService } from '../../shared/data-access/reference-names.service';
import { AutoFocus } from '../../shared/ui/auto-focus';
import { RequestState } from '../../shared/ui/request-state';
import { ProgramsService } from '../data-access/programs.service';
import { incomingRequests } from '../program-view';
import { RequestStatusChip } from '../request-status';
import { LedgerTable } from '../ui/ledger-table';
import { AcceptDialog, AnswerDialogData, DeclineDialog } from './answer-dialogs';

/** `/connection-requests`: a host facility's incoming requests (accept or decline) and its capacity ledger. */
@Component({
  selector: 'rk-connection-requests-page',
  imports: [RouterLink, MatButtonModule, AutoFocus, RequestState, RequestStatusChip, LedgerTable],
  templateUrl: './connection-requests-page.html',
  styleUrl: './connection-requests-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConnectionRequestsPage {
  private readonly service = inject(ProgramsService);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  protected readonly names = inject(ReferenceNamesService).use();
  protected readonly categoryLabels = CATEGORY_LABELS;

  /** The facility of the person's host-facility role (the first if several). */
  protected readonly facilityId = computed(
    () => this.auth.roles().find((role) => role.role === 'host-facility' && role.facilityId)?.facilityId ?? null,
  );
  protected readonly list = this.service.programs();
  protected readonly ledger = this.service.ledger(() => this.facilityId() ?? undefined);
  protected readonly ledgerValue = computed(() => loadedValue(this.ledger));
  protected readonly rows = computed(() => {
    const id = this.facilityId();
    return id ? incomingRequests(loadedValue(this.list) ?? [], [id]) : [];
  });
  protected readonly pendingCount = computed(() => this.rows().filter((row) => row.request.status === 'pending').length);

  protected accept(program: ProgramResponse, request: ConnectionRequestResponse): void {
    this.dialog
      .open<AcceptDialog, AnswerDialogData, ProgramResponse>(AcceptDialog, { data: { program, request, summary: this.summary(program, request) } })
      .afterClosed()
      .subscribe((updated) => this.refresh(updated));
  }

  protected decline(program: ProgramResponse, request: ConnectionRequestResponse): void {
    this.dialog
      .open<DeclineDialog, AnswerDialogData, ProgramResponse>(DeclineDialog, { data: { program, request, summary: this.summary(program, request) } })
      .afterClosed()
      .subscribe((updated) => this.refresh(updated));
  }

  protected actionLabel(action: 'accept' | 'decline', program: ProgramResponse): string {
    const base = program.base.name;
    return action === 'accept'
      ? $localize`:@@connectionRequests.acceptLabel:${base}:base: からの依頼を受諾`
      : $localize`:@@connectionRequests.declineLabel:${base}:base: からの依頼を辞退`;
  }

  private summary(program: ProgramResponse, request: ConnectionRequestResponse): string {
    const base = program.base.name;
    const year = program.recruitmentYear;
    const specialty = this.names.specialtyName(program.specialtyCode);
    const places = request.placesRequested;
    const months = request.monthsRequested;
    return $localize`:@@connectionRequests.summary:${base}:base: · ${year}:year:年度 ${specialty}:specialty: · ${places}:places: 名 · 各 ${months}:months: か月`;
  }

  /** After an answer both the list and the ledger changed. */
  private refresh(updated: ProgramResponse | undefined): void {
    if (!updated) {
      return;
    }
    this.list.update((programs) => programs?.map((program) => (program.id === updated.id ? updated : program)));
    this.ledger.reload();
  }
}
