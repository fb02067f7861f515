import { Routes } from '@angular/router';
import { roleGuard } from '../auth/auth.guards';
import { EligibilityPage } from './eligibility-page';

export const eligibilityRoutes: Routes = [
  {
    path: '',
    component: EligibilityPage,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'check' },
      {
        path: 'check',
        title: $localize`:@@eligibilityCheck.pageTitle:適格性チェック`,
        loadComponent: () => import('./check/eligibility-check-page').then((m) => m.EligibilityCheckPage),
      },
      {
        path: 'map',
        title: $localize`:@@eligibilityMap.pageTitle:地図 - 適格性チェック`,
        loadComponent: () => import('./map/eligibility-map-page').then((m) => m.EligibilityMapPage),
      },
      {
        path: 'tables',
        title: $localize`:@@eligibilityTables.pageTitle:委員会資料の表 - 適格性チェック`,
        loadComponent: () => import('./tables/committee-tables-page').then((m) => m.CommitteeTablesPage),
      },
      {
        path: 'what-if',
        title: $localize`:@@eligibilityWhatIf.pageTitle:しきい値の試算 - 適格性チェック`,
        canActivate: [roleGuard('jmsb')],
        loadComponent: () => import('./what-if/what-if-page').then((m) => m.WhatIfPage),
      },
    ],
  },
];
