import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { HostLedgerResponse } from '@renkei/contract';
import { CATEGORY_LABELS } from '../../host-profiles/profile-labels';
import { ReferenceNamesService } from '../../shared/data-access/reference-names.service';

/** A host's capacity ledger for one round: acceptable, requested (pending), accepted and remaining places. */
@Component({
  selector: 'rk-ledger-table',
  templateUrl: './ledger-table.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LedgerTable {
  protected readonly names = inject(ReferenceNamesService).use();
  protected readonly categoryLabels = CATEGORY_LABELS;
  readonly ledger = input.required<HostLedgerResponse>();
}
