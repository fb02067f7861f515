import { Route } from '@angular/router';
import { anonymousOnlyGuard, roleGuard, signedInGuard } from './auth/auth.guards';

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
    path: 'eligibility',
    loadChildren: () => import('./eligibility/eligibility.routes').then((m) => m.eligibilityRoutes),
  },
  {
    path: 'hosts',
    loadChildren: () => import('./hosts/hosts.routes').then((m) => m.hostsRoutes),
  },
  // Accounts: public pages behind the sign-in button and the e-mail links.
  {
    path: 'sign-in',
    canActivate: [anonymousOnlyGuard],
    title: $localize`:@@signIn.pageTitle:サインイン`,
    loadComponent: () => import('./auth/sign-in/sign-in-page').then((m) => m.SignInPage),
  },
  {
    path: 'forgot-password',
    title: $localize`:@@forgotPassword.pageTitle:パスワードの再設定`,
    loadComponent: () => import('./auth/forgot-password/forgot-password-page').then((m) => m.ForgotPasswordPage),
  },
  {
    path: 'reset-password/:token',
    title: $localize`:@@resetPassword.pageTitle:新しいパスワードの設定`,
    loadComponent: () => import('./auth/reset-password/reset-password-page').then((m) => m.ResetPasswordPage),
  },
  {
    path: 'invitation/:token',
    title: $localize`:@@invitation.pageTitle:招待の承諾`,
    loadComponent: () => import('./auth/invitation/invitation-page').then((m) => m.InvitationPage),
  },
  // Any signed-in person.
  {
    path: 'account',
    canActivate: [signedInGuard],
    title: $localize`:@@account.pageTitle:アカウント設定`,
    loadComponent: () => import('./account/account-page').then((m) => m.AccountPage),
  },
  // Per role (each child route has its own role guard).
  {
    path: 'admin',
    canActivate: [signedInGuard],
    loadChildren: () => import('./admin/admin.routes').then((m) => m.adminRoutes),
  },
  {
    path: 'nominations',
    canActivate: [signedInGuard],
    loadChildren: () => import('./nominations/nominations.routes').then((m) => m.nominationRoutes),
  },
  {
    path: 'host-profile',
    canActivate: [roleGuard('host-facility')],
    title: $localize`:@@hostProfiles.own.pageTitle:受入施設プロフィール`,
    loadComponent: () => import('./host-profiles/editor/own-profile-page').then((m) => m.OwnProfilePage),
  },
  {
    path: 'host-profiles',
    loadChildren: () => import('./host-profiles/host-profiles.routes').then((m) => m.hostProfilesRoutes),
  },
  {
    path: 'prefecture-profile',
    canActivate: [roleGuard('prefecture')],
    title: $localize`:@@prefectureProfile.pageTitle:都道府県の共通情報`,
    loadComponent: () => import('./host-profiles/prefecture-profile/prefecture-profile-page').then((m) => m.PrefectureProfilePage),
  },
  {
    path: 'programs',
    loadChildren: () => import('./programs/programs.routes').then((m) => m.programsRoutes),
  },
  {
    path: 'analytics',
    loadChildren: () => import('./analytics/analytics.routes').then((m) => m.analyticsRoutes),
  },
  {
    path: 'connection-requests',
    canActivate: [roleGuard('host-facility')],
    title: $localize`:@@connectionRequests.pageTitle:連携の依頼`,
    loadComponent: () => import('./programs/connection-requests/connection-requests-page').then((m) => m.ConnectionRequestsPage),
  },
  {
    path: 'rules',
    loadChildren: () => import('./rules/rules.routes').then((m) => m.rulesRoutes),
  },
  {
    path: 'facilities',
    canActivate: [signedInGuard],
    loadChildren: () => import('./facilities/facilities.routes').then((m) => m.facilitiesRoutes),
  },
  {
    path: 'forbidden',
    title: $localize`:@@forbidden.pageTitle:権限がありません`,
    loadComponent: () => import('./forbidden/forbidden-page').then((m) => m.ForbiddenPage),
  },
  {
    path: '**',
    title: $localize`:@@notFound.pageTitle:ページが見つかりません`,
    loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
