import { Routes } from '@angular/router';
import { ROLES } from '@renkei/contract';
import { roleGuard } from '../auth/auth.guards';

/** Administration: user management, audit log, development mailbox (each for the roles that may use it). */
export const adminRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'audit' },
  {
    path: 'users',
    canActivate: [roleGuard('jmsb', 'prefecture')],
    title: $localize`:@@users.pageTitle:ユーザー管理`,
    loadComponent: () => import('./users/users-page').then((m) => m.UsersPage),
  },
  {
    path: 'audit',
    canActivate: [roleGuard(...ROLES)],
    title: $localize`:@@audit.pageTitle:監査ログ`,
    loadComponent: () => import('./audit/audit-page').then((m) => m.AuditPage),
  },
  {
    path: 'dev-mailbox',
    canActivate: [roleGuard('jmsb')],
    title: $localize`:@@devMailbox.pageTitle:開発用メールボックス`,
    loadComponent: () => import('./dev-mailbox/dev-mailbox-page').then((m) => m.DevMailboxPage),
  },
  {
    path: 'dev-mailbox/:id',
    canActivate: [roleGuard('jmsb')],
    title: $localize`:@@devMail.pageTitle:メール - 開発用メールボックス`,
    loadComponent: () => import('./dev-mailbox/dev-mail-page').then((m) => m.DevMailPage),
  },
];
