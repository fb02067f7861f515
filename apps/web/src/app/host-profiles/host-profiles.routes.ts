import { Routes } from '@angular/router';
import { roleGuard } from '../auth/auth.guards';

/** `/host-profiles`: the prefecture's review of its hosts' profiles. */
export const hostProfilesRoutes: Routes = [
  {
    path: '',
    canActivate: [roleGuard('prefecture')],
    title: $localize`:@@hostProfiles.queue.pageTitle:施設プロフィールの審査`,
    loadComponent: () => import('./queue/profile-queue-page').then((m) => m.ProfileQueuePage),
  },
  {
    path: ':facilityId',
    canActivate: [roleGuard('prefecture')],
    title: $localize`:@@hostProfiles.review.pageTitle:施設プロフィール - 施設プロフィールの審査`,
    loadComponent: () => import('./editor/review-profile-page').then((m) => m.ReviewProfilePage),
  },
];
