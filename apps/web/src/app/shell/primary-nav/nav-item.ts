import { Role } from '@renkei/contract';

/**
 * One entry of the primary navigation. Later features add items (e.g. per role) and counts
 * (e.g. candidates waiting for review) without changing the navigation component.
 */
export interface NavItem {
  /** Stable identifier, used for tracking and tests. */
  readonly id: string;
  /** Router path, absolute within the app (e.g. `/regional-data`). */
  readonly path: string;
  /** Already-localized label. */
  readonly label: string;
  /** Match the path exactly (for the home item) instead of as a prefix. */
  readonly exact?: boolean;
  /** Optional count shown as a badge, e.g. items waiting for the user. */
  readonly count?: number;
  /**
   * Who sees the item: absent = everyone, signed in or not; otherwise people holding one of these
   * roles. (The route's guard and the API enforce access; this only keeps the menu relevant.)
   */
  readonly roles?: readonly Role[];
}
