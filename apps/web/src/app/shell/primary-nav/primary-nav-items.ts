import { NavItem } from './nav-item';

/** Items everyone sees, signed in or not. */
export const PUBLIC_NAV_ITEMS: readonly NavItem[] = [
  { id: 'home', path: '/', label: $localize`:@@nav.home:ホーム`, exact: true },
  { id: 'regional-data', path: '/regional-data', label: $localize`:@@nav.regionalData:地域データ` },
];
