import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { RoundResponse } from '@renkei/contract';
import { AuthService } from '../../auth/data-access/auth.service';
import { loadedValue } from '../../core/loaded-value';
import { JstPipe } from '../../core/time/jst';
import { ReferenceNamesService } from '../../shared/data-access/reference-names.service';
import { AutoFocus } from '../../shared/ui/auto-focus';
import { RequestState } from '../../shared/ui/request-state';
import { NominationsService } from '../data-access/nominations.service';
import { TasksService } from '../data-access/tasks.service';
import { ROUND_STATUS_LABELS, TASK_KIND_LABELS } from '../nomination-labels';
import { OpenRoundFormComponent } from './open-round-form';
import { RoundLink, roundLinks } from './round-links';

/** `/nominations`: what waits for me, the rounds with where I act in each, and (JMSB) opening a round. */
@Component({
  selector: 'rk-rounds-page',
  imports: [RouterLink, JstPipe, AutoFocus, RequestState, OpenRoundFormComponent],
  templateUrl: './rounds-page.html',
  styleUrl: './rounds-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoundsPage {
  private readonly auth = inject(AuthService);
  private readonly names = inject(ReferenceNamesService).use();
  private readonly taskService = inject(TasksService);

  protected readonly rounds = inject(NominationsService).rounds();
  protected readonly isJmsb = this.auth.isJmsb;
  protected readonly tasks = this.taskService.tasks;
  protected readonly tasksResource = this.taskService.resource;
  protected readonly statusLabels = ROUND_STATUS_LABELS;
  protected readonly taskLabels = TASK_KIND_LABELS;
  protected readonly rows = computed(() => (loadedValue(this.rounds) ?? []).map((round) => ({ round, links: roundLinks(round, this.auth.roles()) })));

  protected linkLabel(link: RoundLink, year: number): string {
    switch (link.kind) {
      case 'round':
        return $localize`:@@nominations.link.round:${year}:year:年度の取りまとめ`;
      case 'prefecture-list': {
        const prefecture = this.names.prefectureName(link.prefectureCode);
        return $localize`:@@nominations.link.prefectureList:${prefecture}:prefecture:の候補リスト（${year}:year:年度）`;
      }
      case 'review': {
        const specialty = this.names.specialtyName(link.specialtyCode);
        return $localize`:@@nominations.link.review:${specialty}:specialty:の候補の確認（${year}:year:年度）`;
      }
      case 'published':
        return $localize`:@@nominations.link.published:公表された連携先施設一覧（${year}:year:年度）`;
    }
  }

  protected taskScope(task: { prefectureCode: string | null; specialtyCode: string | null }): string {
    if (task.prefectureCode) {
      return this.names.prefectureName(task.prefectureCode);
    }
    return task.specialtyCode ? this.names.specialtyName(task.specialtyCode) : '';
  }

  protected onOpened(round: RoundResponse): void {
    this.rounds.update((rounds) => [round, ...(rounds ?? [])].sort((a, b) => b.recruitmentYear - a.recruitmentYear));
    this.taskService.refresh();
  }
}
