import { Route } from '@angular/router';

export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: $localize`:@@home.pageTitle:ホーム`,
    loadComponent: () => import('./home/home-page').then((m) => m.HomePage),
  },
  {
    path: 'regional-data',
    loadChildren: () => import('./regional-data/regional-data.routes').then((m) => m.regionalDataRoutes),
  },
  {
    path: '**',
    title: $localize`:@@notFound.pageTitle:ページが見つかりません`,
    loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
