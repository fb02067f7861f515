import { HttpResourceRef } from '@angular/common/http';
import { InvitationStatusResponse } from '@renkei/contract';
import { httpStatusOf } from '../../core/api-error';
import { apiErrorCode } from '../../core/forms/server-messages';

/** What a page behind an e-mail link shows. */
export type LinkPageState = 'loading' | 'valid' | 'expired' | 'used' | 'unknown' | 'error';

/** The state of a link whose status is being loaded. */
export function linkPageState(status: HttpResourceRef<InvitationStatusResponse | undefined>): LinkPageState {
  if (status.isLoading()) {
    return 'loading';
  }
  const error = status.error();
  if (error) {
    // 404 LINK_UNKNOWN, or 400 for a token that cannot even be one (cut off, mistyped).
    const code = httpStatusOf(error);
    return code === 404 || code === 400 ? 'unknown' : 'error';
  }
  return status.hasValue() ? (status.value()?.state ?? 'loading') : 'loading';
}

/** The link state a failed submit reveals (410 LINK_USED / LINK_EXPIRED, 404 LINK_UNKNOWN), or null. */
export function linkStateFromError(error: unknown): 'expired' | 'used' | 'unknown' | null {
  switch (apiErrorCode(error)) {
    case 'LINK_USED':
      return 'used';
    case 'LINK_EXPIRED':
      return 'expired';
    case 'LINK_UNKNOWN':
      return 'unknown';
    default:
      return null;
  }
}

/** The problem to explain for a state, or null when the page shows something else. */
export function linkProblemOf(state: LinkPageState): 'expired' | 'used' | 'unknown' | null {
  return state === 'expired' || state === 'used' || state === 'unknown' ? state : null;
}
