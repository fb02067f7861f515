import { ConnectionRequestStatus } from '@renkei/contract';

/** A request's state in words (the chip's colour only repeats it). */
export const REQUEST_STATUS_LABELS: Record<ConnectionRequestStatus, string> = {
  pending: $localize`:@@programs.status.pending:待機中`,
  accepted: $localize`:@@programs.status.accepted:受諾`,
  declined: $localize`:@@programs.status.declined:辞退`,
  withdrawn: $localize`:@@programs.status.withdrawn:取り下げ`,
};
