import { Routes } from '@angular/router';

/** The published host lists: public, no sign-in. */
export const hostsRoutes: Routes = [
  {
    path: '',
    title: $localize`:@@hosts.pageTitle:連携先施設一覧`,
    loadComponent: () => import('./published-rounds-page').then((m) => m.PublishedRoundsPage),
  },
  {
    path: ':roundId',
    title: $localize`:@@hosts.listPageTitle:公表された連携先施設 - 連携先施設一覧`,
    loadComponent: () => import('./published-hosts-page').then((m) => m.PublishedHostsPage),
  },
];
