import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { ConnectionRequestResponse, ProgramResponse } from '@renkei/contract';
import { AuthService } from '../../auth/data-access/auth.service';
import { httpStatusOf } from '../../core/api-error';
import { applyServerErrors, fieldErrorMessage } from '../../core/forms/form-errors';
import { loadedValue } from '../../core/loaded-value';
import { JstPipe } from '../../core/time/jst';
import { CATEGORY_LABELS } from '../../host-profiles/profile-labels';
import { ReferenceNamesService } from '../../shared/data-access/reference-names.service';
import { AutoFocus } from '../../shared/ui/auto-focus';
import { FormAlert } from '../../shared/ui/form-alert';
import { RequestState } from '../../shared/ui/request-state';
import { ProgramsService } from '../data-access/programs.service';
import { programErrorMessage } from '../program-errors';
import { acceptedPlaces } from '../program-view';
import { RequestCard } from './request-card';

/** `/programs/:id`: a program, each host's request and answer, and the recruitment result. */
@Component({
  selector: 'rk-program-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    JstPipe,
    AutoFocus,
    FormAlert,
    RequestState,
    RequestCard,
  ],
  templateUrl: './program-page.html',
  styleUrl: './program-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgramPage {
  private readonly service = inject(ProgramsService);
  private readonly auth = inject(AuthService);
  protected readonly names = inject(ReferenceNamesService).use();
  protected readonly categoryLabels = CATEGORY_LABELS;
  readonly id = input.required<string>();

  protected readonly resource = this.service.program(() => this.id());
  protected readonly program = computed(() => loadedValue(this.resource));
  protected readonly notFound = computed(() => httpStatusOf(this.resource.error()) === 404);
  protected readonly accepted = computed(() => {
    const program = this.program();
    return program ? acceptedPlaces(program) : 0;
  });
  protected readonly isBase = computed(() => {
    const baseId = this.program()?.base.id;
    return !!baseId && this.auth.roles().some((role) => role.role === 'base-facility' && role.facilityId === baseId);
  });
  /** Host facility users come from (and may only open) their requests page, not the program list. */
  protected readonly backToRequests = computed(() => !this.auth.hasRole('base-facility', 'prefecture', 'jmsb'));
  private readonly ownFacilityIds = computed(() => this.auth.facilityIds());

  protected readonly errorOf = fieldErrorMessage;
  protected readonly resultForm = new FormGroup({
    recruited: new FormControl<number | null>(null, [Validators.required, Validators.min(0), Validators.max(100)]),
  });
  protected readonly resultPending = signal(false);
  protected readonly resultMessage = signal<string | null>(null);
  protected readonly resultSaved = signal<string | null>(null);

  constructor() {
    // The form shows the recorded number whenever a (newer) program arrives.
    effect(() => {
      const recruited = this.program()?.recruited;
      this.resultForm.controls.recruited.setValue(recruited ?? null);
    });
  }

  /** Either facility or the prefectures may comment (the API has the last word); a host only on its own request. */
  protected canCommentOn(request: ConnectionRequestResponse): boolean {
    return this.isBase() || this.auth.hasRole('prefecture') || this.ownFacilityIds().includes(request.host.id);
  }

  /** The host itself, its prefecture and the JMSB see the host's ledger. */
  protected canSeeLedger(request: ConnectionRequestResponse): boolean {
    return this.auth.isJmsb() || this.auth.prefectureCodes().includes(request.host.prefectureCode) || this.ownFacilityIds().includes(request.host.id);
  }

  protected replace(program: ProgramResponse): void {
    this.resource.set(program);
  }

  protected saveResult(): void {
    const program = this.program();
    if (!program || this.resultPending()) {
      return;
    }
    this.resultMessage.set(null);
    this.resultSaved.set(null);
    if (this.resultForm.invalid) {
      this.resultForm.markAllAsTouched();
      return;
    }
    this.resultPending.set(true);
    this.service.recordResults(program.id, Number(this.resultForm.getRawValue().recruited), program.version).subscribe({
      next: (saved) => {
        this.resultPending.set(false);
        this.resultSaved.set($localize`:@@programs.result.saved:採用数を保存しました。`);
        this.replace(saved);
      },
      error: (error: unknown) => {
        this.resultPending.set(false);
        const outcome = applyServerErrors(this.resultForm, error);
        this.resultMessage.set(outcome.fields.length > 0 ? outcome.formMessage : programErrorMessage(error));
      },
    });
  }
}
