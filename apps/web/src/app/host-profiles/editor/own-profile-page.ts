import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { AuthService } from '../../auth/data-access/auth.service';
import { ProfileEditor } from './profile-editor';

/** `/host-profile`: the signed-in host facility user's own facility profile. */
@Component({
  selector: 'rk-own-profile-page',
  imports: [ProfileEditor],
  template: `
    @if (facilityId(); as facilityId) {
      <rk-profile-editor [facilityId]="facilityId" />
    } @else {
      <h1 class="rk-page-title" i18n="@@hostProfiles.own.title">受入施設プロフィール</h1>
      <p class="rk-alert rk-alert--error" role="alert" i18n="@@hostProfiles.own.noFacility">
        あなたのアカウントには連携先施設が割り当てられていません。施設の管理者または都道府県の担当者にご連絡ください。
      </p>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OwnProfilePage {
  private readonly auth = inject(AuthService);
  /** The facility of the person's host-facility role (one per account in practice; the first if several). */
  protected readonly facilityId = computed(
    () => this.auth.roles().find((role) => role.role === 'host-facility' && role.facilityId)?.facilityId ?? null,
  );
}
