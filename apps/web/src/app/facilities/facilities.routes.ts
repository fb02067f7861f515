import { Routes } from '@angular/router';
import { roleGuard } from '../auth/auth.guards';

/** The facility registry and physician-scarce designations: prefectural officers for their prefecture, the JMSB for all. */
export const facilitiesRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    canActivate: [roleGuard('jmsb', 'prefecture')],
    title: $localize`:@@facilities.pageTitle:施設台帳`,
    loadComponent: () => import('./registry/facilities-page').then((m) => m.FacilitiesPage),
  },
  {
    path: 'designations',
    canActivate: [roleGuard('jmsb', 'prefecture')],
    title: $localize`:@@designations.pageTitle:医師少数区域・スポットの指定`,
    loadComponent: () => import('./designations/designations-page').then((m) => m.DesignationsPage),
  },
];
