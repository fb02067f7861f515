import { Routes } from '@angular/router';
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
        path: 'tables',
        title: $localize`:@@eligibilityTables.pageTitle:委員会資料の表 - 適格性チェック`,
        loadComponent: () => import('./tables/committee-tables-page').then((m) => m.CommitteeTablesPage),
      },
    ],
  },
];
