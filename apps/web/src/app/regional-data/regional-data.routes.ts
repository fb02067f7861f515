import { Routes } from '@angular/router';
import { RegionalDataPage } from './regional-data-page';

export const regionalDataRoutes: Routes = [
  {
    path: '',
    component: RegionalDataPage,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'prefectures' },
      {
        path: 'prefectures',
        title: $localize`:@@prefectures.pageTitle:都道府県 - 地域データ`,
        loadComponent: () => import('./prefectures/prefecture-list-page').then((m) => m.PrefectureListPage),
      },
      {
        path: 'prefectures/:code',
        title: $localize`:@@prefectureDetail.pageTitle:都道府県の詳細 - 地域データ`,
        loadComponent: () => import('./prefectures/prefecture-detail-page').then((m) => m.PrefectureDetailPage),
      },
      {
        path: 'sufficiency',
        title: $localize`:@@sufficiency.pageTitle:足下充足率 - 地域データ`,
        loadComponent: () => import('./sufficiency/sufficiency-page').then((m) => m.SufficiencyPage),
      },
    ],
  },
];
