import { Role, ROLES } from '@renkei/contract';
import { NavItem } from './nav-item';

/**
 * Every item of the primary navigation, in display order. Features add their items here with the
 * roles that may use them; `navItemsFor` picks what one person sees.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { id: 'home', path: '/', label: $localize`:@@nav.home:ホーム`, exact: true },
  { id: 'regional-data', path: '/regional-data', label: $localize`:@@nav.regionalData:地域データ` },
  { id: 'eligibility', path: '/eligibility', label: $localize`:@@nav.eligibility:適格性チェック` },
  { id: 'hosts', path: '/hosts', label: $localize`:@@nav.hosts:連携先を探す` },
  { id: 'nominations', path: '/nominations', label: $localize`:@@nav.nominations:募集・推薦`, roles: ['jmsb', 'prefecture', 'society'] },
  { id: 'programs', path: '/programs', label: $localize`:@@nav.programs:連携プログラム`, roles: ['base-facility', 'prefecture', 'jmsb'] },
  { id: 'analytics', path: '/analytics', label: $localize`:@@nav.analytics:分析`, roles: ['jmsb', 'prefecture', 'society'] },
  { id: 'connection-requests', path: '/connection-requests', label: $localize`:@@nav.connectionRequests:連携の依頼`, roles: ['host-facility'] },
  { id: 'rules', path: '/rules', label: $localize`:@@nav.rules:ルール・データ管理`, roles: ['jmsb'] },
  { id: 'facilities', path: '/facilities', label: $localize`:@@nav.facilities:施設台帳`, roles: ['jmsb', 'prefecture'] },
  { id: 'host-profile', path: '/host-profile', label: $localize`:@@nav.hostProfile:受入施設プロフィール`, roles: ['host-facility'] },
  { id: 'host-profiles', path: '/host-profiles', label: $localize`:@@nav.hostProfiles:施設プロフィールの審査`, roles: ['prefecture'] },
  { id: 'prefecture-profile', path: '/prefecture-profile', label: $localize`:@@nav.prefectureProfile:都道府県の共通情報`, roles: ['prefecture'] },
  { id: 'users', path: '/admin/users', label: $localize`:@@nav.users:ユーザー管理`, roles: ['jmsb', 'prefecture'] },
  { id: 'audit', path: '/admin/audit', label: $localize`:@@nav.audit:監査ログ`, roles: ROLES },
  { id: 'dev-mailbox', path: '/admin/dev-mailbox', label: $localize`:@@nav.devMailbox:開発用メールボックス`, roles: ['jmsb'] },
];

/** Items everyone sees, signed in or not. */
export const PUBLIC_NAV_ITEMS: readonly NavItem[] = NAV_ITEMS.filter((item) => !item.roles);

/** The items with counts of what waits for the person (e.g. nomination tasks), shown as badges. */
export function withCounts(items: readonly NavItem[], counts: Readonly<Record<string, number>>): readonly NavItem[] {
  return items.map((item) => (counts[item.id] ? { ...item, count: counts[item.id] } : item));
}

/** The items for a person holding these roles (none when signed out). */
export function navItemsFor(roles: readonly Role[], items: readonly NavItem[] = NAV_ITEMS): readonly NavItem[] {
  return items.filter((item) => !item.roles || item.roles.some((role) => roles.includes(role)));
}
