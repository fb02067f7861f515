import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { HOST_PROFILE_STATUSES, HostProfileStatus } from '@renkei/contract';
import { AuthService } from '../../auth/data-access/auth.service';
import { loadedValue } from '../../core/loaded-value';
import { JstPipe } from '../../core/time/jst';
import { ReferenceNamesService } from '../../shared/data-access/reference-names.service';
import { AutoFocus } from '../../shared/ui/auto-focus';
import { RequestState } from '../../shared/ui/request-state';
import { HostProfilesService } from '../data-access/host-profiles.service';
import { PROFILE_STATUS_LABELS } from '../profile-labels';

/** `/host-profiles`: the profiles of the prefecture's hosts, waiting for review first. */
@Component({
  selector: 'rk-profile-queue-page',
  imports: [RouterLink, MatFormFieldModule, MatSelectModule, JstPipe, AutoFocus, RequestState],
  templateUrl: './profile-queue-page.html',
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
      margin-bottom: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfileQueuePage {
  private readonly auth = inject(AuthService);
  private readonly profiles = inject(HostProfilesService);
  protected readonly names = inject(ReferenceNamesService).use();

  protected readonly prefectureCodes = this.auth.prefectureCodes;
  protected readonly prefectureCode = linkedSignal<string | null>(() => this.prefectureCodes()[0] ?? null);
  /** null: every status. */
  protected readonly status = signal<HostProfileStatus | null>('submitted');
  protected readonly statuses = HOST_PROFILE_STATUSES;
  protected readonly statusLabels = PROFILE_STATUS_LABELS;

  protected readonly queue = this.profiles.queue(() => {
    const prefectureCode = this.prefectureCode();
    return prefectureCode ? { prefectureCode, status: this.status() } : undefined;
  });
  protected readonly rows = computed(() => loadedValue(this.queue));
}
