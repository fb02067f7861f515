import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { RoundResponse } from '@renkei/contract';
import { AuthService } from '../../auth/data-access/auth.service';
import { httpStatusOf } from '../../core/api-error';
import { LocalizedNamePipe } from '../../core/locale/localized-name.pipe';
import { loadedValue } from '../../core/loaded-value';
import { JstPipe } from '../../core/time/jst';
import { ReferenceNamesService } from '../../shared/data-access/reference-names.service';
import { AutoFocus } from '../../shared/ui/auto-focus';
import { RequestState } from '../../shared/ui/request-state';
import { NominationsService } from '../data-access/nominations.service';
import { ROUND_STATUS_LABELS } from '../nomination-labels';
import { RoundLink, roundLinks } from '../rounds/round-links';
import { RoundCompilation } from './round-compilation';

/**
 * `/nominations/rounds/:roundId`: the round's facts; the JMSB compiles here (submissions, capacity,
 * send to societies, publish), other roles find the links to where they act.
 */
@Component({
  selector: 'rk-round-page',
  imports: [RouterLink, JstPipe, LocalizedNamePipe, AutoFocus, RequestState, RoundCompilation],
  templateUrl: './round-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoundPage {
  private readonly auth = inject(AuthService);
  private readonly names = inject(ReferenceNamesService).use();
  readonly roundId = input.required<string>();

  protected readonly round = inject(NominationsService).round(() => this.roundId());
  protected readonly value = computed(() => loadedValue(this.round));
  protected readonly isJmsb = this.auth.isJmsb;
  protected readonly statusLabels = ROUND_STATUS_LABELS;
  protected readonly links = computed(() => {
    const round = this.value();
    return round ? roundLinks(round, this.auth.roles()).filter((link) => link.kind !== 'round') : [];
  });
  protected readonly retryable = computed(() => httpStatusOf(this.round.error()) !== 404);

  protected onRoundChanged(updated: RoundResponse): void {
    this.round.set(updated);
  }

  protected linkLabel(link: RoundLink): string {
    switch (link.kind) {
      case 'prefecture-list': {
        const prefecture = this.names.prefectureName(link.prefectureCode);
        return $localize`:@@nominations.round.linkList:${prefecture}:prefecture:の候補リストを開く`;
      }
      case 'review': {
        const specialty = this.names.specialtyName(link.specialtyCode);
        return $localize`:@@nominations.round.linkReview:${specialty}:specialty:の候補を確認する`;
      }
      default:
        return $localize`:@@nominations.round.linkPublished:公表された連携先施設一覧`;
    }
  }
}
