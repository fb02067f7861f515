import { ChangeDetectionStrategy, Component, ElementRef, Injector, LOCALE_ID, afterNextRender, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { ELIGIBILITY_CATEGORY_CODES, HostRecommendation, ProgramFacility } from '@renkei/contract';
import { AuthService } from '../../auth/data-access/auth.service';
import { applyServerErrors, fieldErrorMessage, focusFirstInvalid } from '../../core/forms/form-errors';
import { toAppLocale } from '../../core/locale/app-locales';
import { LocalizedNamePipe } from '../../core/locale/localized-name.pipe';
import { loadedValue } from '../../core/loaded-value';
import { CATEGORY_LABELS } from '../../host-profiles/profile-labels';
import { ReferenceNamesService } from '../../shared/data-access/reference-names.service';
import { AutoFocus } from '../../shared/ui/auto-focus';
import { FormAlert } from '../../shared/ui/form-alert';
import { RequestState } from '../../shared/ui/request-state';
import { ProgramsService, RecommendationKey } from '../data-access/programs.service';
import { programErrorMessage } from '../program-errors';
import { hostForm, programForm, toCreateRequest, usualMinimumMonths } from './program-form';

const MAX_HOSTS = 10;

function sameKey(a: RecommendationKey | undefined, b: RecommendationKey | undefined): boolean {
  return (
    a === b ||
    (!!a &&
      !!b &&
      a.baseFacilityId === b.baseFacilityId &&
      a.specialtyCode === b.specialtyCode &&
      a.categoryCode === b.categoryCode &&
      a.recruitmentYear === b.recruitmentYear)
  );
}

/**
 * `/programs/new`: a base facility registers a connection program. Hosts are picked from the
 * recommendations for the chosen year, specialty and category; the API checks the hosts and the
 * minimum rotation and answers at the fields.
 */
@Component({
  selector: 'rk-new-program-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    LocalizedNamePipe,
    AutoFocus,
    FormAlert,
    RequestState,
  ],
  templateUrl: './new-program-page.html',
  styleUrl: './new-program-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewProgramPage {
  private readonly auth = inject(AuthService);
  private readonly service = inject(ProgramsService);
  private readonly router = inject(Router);
  private readonly locale = toAppLocale(inject(LOCALE_ID));
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly names = inject(ReferenceNamesService).use();

  /** The facility of the person's base-facility role (the first if several). */
  protected readonly baseFacilityId = computed(
    () => this.auth.roles().find((role) => role.role === 'base-facility' && role.facilityId)?.facilityId ?? null,
  );
  protected readonly form = programForm(new Date().getFullYear() + 1);
  protected readonly categories = ELIGIBILITY_CATEGORY_CODES.map((code) => ({ code, label: CATEGORY_LABELS[code] }));
  protected readonly errorOf = fieldErrorMessage;
  protected readonly pending = signal(false);
  protected readonly formMessage = signal<string | null>(null);
  /** Names of the chosen hosts (the form holds only their ids). */
  private readonly chosen = signal<ReadonlyMap<string, ProgramFacility>>(new Map());

  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  /** Equal keys are one key: editing places or contact must not ask for the recommendations again. */
  private readonly key = computed(
    (): RecommendationKey | undefined => {
      const base = this.baseFacilityId();
      const { specialtyCode, categoryCode, recruitmentYear } = this.value();
      return base && specialtyCode && categoryCode && recruitmentYear && recruitmentYear >= 2000
        ? { baseFacilityId: base, specialtyCode, categoryCode, recruitmentYear: Number(recruitmentYear) }
        : undefined;
    },
    { equal: sameKey },
  );
  protected readonly hasKey = computed(() => this.key() !== undefined);
  protected readonly recommendations = this.service.recommendations(() => this.key());
  protected readonly recommended = computed(() => loadedValue(this.recommendations) ?? []);
  protected readonly chosenIds = computed(() => new Set((this.value().hosts ?? []).map((host) => host.hostFacilityId)));

  protected get hosts() {
    return this.form.controls.hosts;
  }

  protected reasons(recommendation: HostRecommendation): string[] {
    return recommendation.reasons.map((reason) => (this.locale === 'en' ? reason.messageEn : reason.messageJa));
  }

  protected hostName(hostFacilityId: string): string {
    return this.chosen().get(hostFacilityId)?.name ?? hostFacilityId;
  }

  protected canAdd(recommendation: HostRecommendation): boolean {
    return !this.chosenIds().has(recommendation.host.id) && this.hosts.length < MAX_HOSTS;
  }

  protected addHost(recommendation: HostRecommendation): void {
    if (!this.canAdd(recommendation)) {
      return;
    }
    this.chosen.update((map) => new Map(map).set(recommendation.host.id, recommendation.host));
    const places = Math.max(1, Math.min(Number(this.form.controls.places.value) || 1, recommendation.remaining));
    this.hosts.push(hostForm(recommendation.host.id, places, usualMinimumMonths(this.form.controls.categoryCode.value)));
    const index = this.hosts.length - 1;
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(`#program-host-places-${index}`)?.focus(), { injector: this.injector });
  }

  protected removeHost(index: number): void {
    this.hosts.removeAt(index);
  }

  protected addLabel(recommendation: HostRecommendation): string {
    const name = recommendation.host.name;
    return $localize`:@@programs.new.addHostLabel:${name}:name: を連携先に追加`;
  }

  protected removeLabel(index: number): string {
    const name = this.hostName(this.hosts.at(index).controls.hostFacilityId.value);
    return $localize`:@@programs.new.removeHostLabel:${name}:name: を連携先から外す`;
  }

  protected submit(): void {
    const baseFacilityId = this.baseFacilityId();
    if (this.pending() || !baseFacilityId) {
      return;
    }
    this.formMessage.set(null);
    if (this.hosts.length === 0) {
      this.formMessage.set($localize`:@@programs.new.noHosts:連携先施設を1つ以上、おすすめの一覧から追加してください。`);
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      afterNextRender(() => focusFirstInvalid(this.host.nativeElement), { injector: this.injector });
      return;
    }
    this.pending.set(true);
    this.service.create(toCreateRequest(this.form, baseFacilityId)).subscribe({
      next: (program) => void this.router.navigate(['/programs', program.id]),
      error: (error: unknown) => {
        this.pending.set(false);
        const outcome = applyServerErrors(this.form, error);
        this.formMessage.set(outcome.fields.length > 0 ? outcome.formMessage : programErrorMessage(error));
        afterNextRender(() => focusFirstInvalid(this.host.nativeElement), { injector: this.injector });
      },
    });
  }
}
