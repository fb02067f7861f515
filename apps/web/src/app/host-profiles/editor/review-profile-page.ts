import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ProfileEditor } from './profile-editor';

/** `/host-profiles/:facilityId`: a host's profile for its prefecture's officer (edit on its behalf, approve, return). */
@Component({
  selector: 'rk-review-profile-page',
  imports: [ProfileEditor],
  template: `<rk-profile-editor [facilityId]="facilityId()" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewProfilePage {
  readonly facilityId = input.required<string>();
}
