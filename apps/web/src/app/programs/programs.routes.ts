import { Routes } from '@angular/router';
import { roleGuard } from '../auth/auth.guards';

/** `/programs`: connection programs for base facilities, prefectures and the JMSB. */
export const programsRoutes: Routes = [
  {
    path: '',
    canActivate: [roleGuard('base-facility', 'prefecture', 'jmsb')],
    title: $localize`:@@programs.list.pageTitle:連携プログラム`,
    loadComponent: () => import('./list/programs-page').then((m) => m.ProgramsPage),
  },
  {
    path: 'new',
    canActivate: [roleGuard('base-facility')],
    title: $localize`:@@programs.new.pageTitle:連携プログラムの登録`,
    loadComponent: () => import('./new/new-program-page').then((m) => m.NewProgramPage),
  },
  {
    path: ':id',
    canActivate: [roleGuard('base-facility', 'host-facility', 'prefecture', 'jmsb')],
    title: $localize`:@@programs.detail.pageTitle:連携プログラムの詳細`,
    loadComponent: () => import('./detail/program-page').then((m) => m.ProgramPage),
  },
];
