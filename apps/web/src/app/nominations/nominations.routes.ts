import { Routes } from '@angular/router';
import { roleGuard } from '../auth/auth.guards';

/** The nomination workflow (DOMAIN.md §5): the JMSB, prefectures and societies; the API scopes the data. */
export const nominationRoutes: Routes = [
  {
    path: '',
    canActivate: [roleGuard('jmsb', 'prefecture', 'society')],
    title: $localize`:@@nominations.pageTitle:募集・推薦`,
    loadComponent: () => import('./rounds/rounds-page').then((m) => m.RoundsPage),
  },
  {
    path: 'rounds/:roundId',
    canActivate: [roleGuard('jmsb', 'prefecture', 'society')],
    title: $localize`:@@nominations.roundPageTitle:募集回 - 募集・推薦`,
    loadComponent: () => import('./round/round-page').then((m) => m.RoundPage),
  },
  {
    path: 'rounds/:roundId/prefectures/:prefectureCode',
    canActivate: [roleGuard('jmsb', 'prefecture')],
    title: $localize`:@@nominations.listPageTitle:候補リスト - 募集・推薦`,
    loadComponent: () => import('./prefecture-list/prefecture-list-page').then((m) => m.PrefectureListPage),
  },
  {
    path: 'rounds/:roundId/review/:specialtyCode',
    canActivate: [roleGuard('jmsb', 'society')],
    title: $localize`:@@nominations.reviewPageTitle:学会の確認 - 募集・推薦`,
    loadComponent: () => import('./review/review-page').then((m) => m.ReviewPage),
  },
];
