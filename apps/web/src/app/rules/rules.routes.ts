import { Routes } from '@angular/router';
import { roleGuard } from '../auth/auth.guards';
import { RulesPage } from './rules-page';

/** The JMSB's rules and data: rule set versions, transitional exceptions, datasets and imports. */
export const rulesRoutes: Routes = [
  {
    path: '',
    component: RulesPage,
    canActivate: [roleGuard('jmsb')],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'rule-sets' },
      {
        path: 'rule-sets',
        title: $localize`:@@ruleSets.pageTitle:ルールセット - ルール・データ管理`,
        loadComponent: () => import('./rule-sets/rule-set-list-page').then((m) => m.RuleSetListPage),
      },
      {
        path: 'rule-sets/:id',
        title: $localize`:@@ruleSet.pageTitle:ルールセットの版 - ルール・データ管理`,
        loadComponent: () => import('./rule-sets/rule-set-detail-page').then((m) => m.RuleSetDetailPage),
      },
      {
        path: 'rule-sets/:id/new-draft',
        title: $localize`:@@ruleSetDraft.pageTitle:新しい下書き - ルール・データ管理`,
        loadComponent: () => import('./rule-sets/rule-set-draft-page').then((m) => m.RuleSetDraftPage),
      },
      {
        path: 'exceptions',
        title: $localize`:@@exceptions.pageTitle:経過措置 - ルール・データ管理`,
        loadComponent: () => import('./exceptions/exceptions-page').then((m) => m.ExceptionsPage),
      },
      {
        path: 'datasets',
        title: $localize`:@@datasets.pageTitle:データセット - ルール・データ管理`,
        loadComponent: () => import('./datasets/datasets-page').then((m) => m.DatasetsPage),
      },
      {
        path: 'datasets/import',
        title: $localize`:@@datasetImport.pageTitle:データセットの取り込み - ルール・データ管理`,
        loadComponent: () => import('./datasets/dataset-import-page').then((m) => m.DatasetImportPage),
      },
    ],
  },
];
