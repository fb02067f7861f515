import { Routes } from '@angular/router';

/** The public host directory and the published host lists: no sign-in. */
export const hostsRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: $localize`:@@hostDirectory.pageTitle:連携先を探す`,
    loadComponent: () => import('./directory/host-directory-page').then((m) => m.HostDirectoryPage),
  },
  {
    path: 'lists',
    title: $localize`:@@hosts.pageTitle:連携先施設一覧`,
    loadComponent: () => import('./published-rounds-page').then((m) => m.PublishedRoundsPage),
  },
  {
    path: 'lists/:roundId',
    title: $localize`:@@hosts.listPageTitle:公表された連携先施設 - 連携先施設一覧`,
    loadComponent: () => import('./published-hosts-page').then((m) => m.PublishedHostsPage),
  },
  {
    path: 'compare',
    title: $localize`:@@hostDirectory.compare.pageTitle:連携先の比較`,
    loadComponent: () => import('./compare/host-compare-page').then((m) => m.HostComparePage),
  },
  {
    path: 'saved',
    title: $localize`:@@hostDirectory.saved.pageTitle:保存した連携先`,
    loadComponent: () => import('./saved/saved-hosts-page').then((m) => m.SavedHostsPage),
  },
  {
    path: 'alerts/confirm',
    title: $localize`:@@hostDirectory.alerts.confirmPageTitle:お知らせメールの登録確認`,
    data: { action: 'confirm' },
    loadComponent: () => import('./alerts/host-alert-token-page').then((m) => m.HostAlertTokenPage),
  },
  {
    path: 'alerts/unsubscribe',
    title: $localize`:@@hostDirectory.alerts.unsubscribePageTitle:お知らせメールの配信停止`,
    data: { action: 'unsubscribe' },
    loadComponent: () => import('./alerts/host-alert-token-page').then((m) => m.HostAlertTokenPage),
  },
  {
    path: ':facilityId',
    title: $localize`:@@hostDirectory.host.pageTitle:連携先の詳細`,
    loadComponent: () => import('./host-page/host-page').then((m) => m.HostPage),
  },
];
