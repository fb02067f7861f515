import { Routes } from '@angular/router';
import { ANALYTICS_ROUTES } from '@renkei/contract';
import { provideEchartsCore } from 'ngx-echarts';
import { roleGuard } from '../auth/auth.guards';
import { AnalyticsPage } from './analytics-page';

/** `/analytics` for the JMSB (the nation), prefectural officers (their prefecture) and society reviewers (their specialty). */
export const analyticsRoutes: Routes = [
  {
    path: '',
    component: AnalyticsPage,
    canActivate: [roleGuard('jmsb', 'prefecture', 'society')],
    // ECharts loads with the first chart, never in the initial bundle.
    providers: [provideEchartsCore({ echarts: () => import('./charts/echarts').then((m) => m.echarts) })],
    children: [
      { path: '', pathMatch: 'full', redirectTo: ANALYTICS_ROUTES.funnel },
      {
        path: ANALYTICS_ROUTES.funnel,
        title: $localize`:@@analytics.funnel.pageTitle:分析: ファネル`,
        loadComponent: () => import('./funnel/funnel-page').then((m) => m.FunnelPage),
      },
      {
        path: ANALYTICS_ROUTES.capacityDemand,
        title: $localize`:@@analytics.capacity.pageTitle:分析: 受入枠と需要`,
        loadComponent: () => import('./capacity-demand/capacity-demand-page').then((m) => m.CapacityDemandPage),
      },
      {
        path: ANALYTICS_ROUTES.concentration,
        title: $localize`:@@analytics.concentration.pageTitle:分析: 集中度`,
        loadComponent: () => import('./concentration/concentration-page').then((m) => m.ConcentrationPage),
      },
    ],
  },
];
