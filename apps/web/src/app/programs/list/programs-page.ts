import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { ProgramResponse } from '@renkei/contract';
import { AuthService } from '../../auth/data-access/auth.service';
import { loadedValue } from '../../core/loaded-value';
import { CATEGORY_LABELS } from '../../host-profiles/profile-labels';
import { ReferenceNamesService } from '../../shared/data-access/reference-names.service';
import { AutoFocus } from '../../shared/ui/auto-focus';
import { RequestState } from '../../shared/ui/request-state';
import { ProgramsService } from '../data-access/programs.service';
import { ProgramDirection, acceptedPlaces, filterByDirection, goesInto, goesOutOf } from '../program-view';
import { RequestStatusChip } from '../request-status';

/**
 * `/programs`: a base facility's own programs; a prefecture's programs into and out of its
 * prefecture with their recruitment results; every program for the JMSB, with downloads.
 */
@Component({
  selector: 'rk-programs-page',
  imports: [RouterLink, MatButtonModule, MatFormFieldModule, MatSelectModule, AutoFocus, RequestState, RequestStatusChip],
  templateUrl: './programs-page.html',
  styleUrl: './programs-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgramsPage {
  private readonly service = inject(ProgramsService);
  private readonly auth = inject(AuthService);
  protected readonly names = inject(ReferenceNamesService).use();
  protected readonly categoryLabels = CATEGORY_LABELS;

  protected readonly isBase = computed(() => this.auth.hasRole('base-facility'));
  protected readonly isPrefecture = computed(() => this.auth.hasRole('prefecture'));
  protected readonly isJmsb = computed(() => this.auth.isJmsb());
  /** Base facility users see only their own programs: the base column would repeat itself. */
  protected readonly showBase = computed(() => this.isPrefecture() || this.isJmsb());

  protected readonly list = this.service.programs();
  protected readonly direction = signal<ProgramDirection>('all');
  protected readonly rows = computed(() => {
    const programs = loadedValue(this.list) ?? [];
    return this.isPrefecture() && !this.isJmsb() ? filterByDirection(programs, this.direction(), this.auth.prefectureCodes()) : programs;
  });

  protected exportUrl(format: 'csv' | 'xlsx'): string {
    return this.service.exportUrl(format);
  }

  protected accepted(program: ProgramResponse): number {
    return acceptedPlaces(program);
  }

  /** 「流入」「流出」 (or both) for a prefecture officer's row, in words. */
  protected directionLabel(program: ProgramResponse): string {
    const codes = this.auth.prefectureCodes();
    const into = goesInto(program, codes);
    const out = goesOutOf(program, codes);
    if (into && out) {
      return $localize`:@@programs.list.directionWithin:県内`;
    }
    return into ? $localize`:@@programs.list.directionIntoShort:県内へ（受入）` : $localize`:@@programs.list.directionOutShort:県外へ（派遣）`;
  }
}
