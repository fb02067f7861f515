import { ChangeDetectionStrategy, Component, computed, effect, inject, input, linkedSignal, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import {
  AnalyticsEnvelope,
  AnalyticsView,
  CONCENTRATION_BASES,
  ConcentrationBasis,
  DEFAULT_CONCENTRATION_THRESHOLD,
  EligibilityCategoryCode,
  FUNNEL_OUTCOMES,
  FunnelCategory,
  FunnelOutcome,
  REGIONAL_BLOCKS,
  RegionalBlock,
} from '@renkei/contract';
import { LocalizedNamePipe } from '../../core/locale/localized-name.pipe';
import { REGIONAL_BLOCK_LABELS } from '../../regional-data/labels/regional-block-labels';
import { ReferenceNamesService } from '../../shared/data-access/reference-names.service';
import { AnalyticsFilterKey, AnalyticsFilters, VIEW_FILTERS } from '../analytics-filters';
import { BASIS_LABELS, FUNNEL_OUTCOME_LABELS } from '../analytics-labels';
import { AnalyticsService } from '../data-access/analytics.service';

/** What the loaded view offers to choose from. */
interface ShownChoices {
  envelope?: AnalyticsEnvelope;
  categories: readonly FunnelCategory[];
  category?: EligibilityCategoryCode;
}

const THRESHOLDS: readonly number[] = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/**
 * The filters of one analytics view. It shows the URL's filters (a prefectural officer's own
 * prefecture and a society reviewer's own specialty fixed) and emits every change; the view
 * writes it to the URL.
 */
@Component({
  selector: 'rk-analytics-filter-bar',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatSelectModule, LocalizedNamePipe],
  templateUrl: './analytics-filter-bar.html',
  styleUrl: './analytics-filter-bar.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AnalyticsFilterBar {
  private readonly analytics = inject(AnalyticsService);
  protected readonly names = inject(ReferenceNamesService).use();

  readonly view = input.required<AnalyticsView>();
  readonly filters = input.required<AnalyticsFilters>();
  /** The loaded view: its round gives the year shown when the URL has none, and the years to choose. */
  readonly envelope = input<AnalyticsEnvelope>();
  /** While the view loads (its envelope is then undefined). */
  readonly loading = input(false);
  /** The funnel's categories and the one it shows. */
  readonly categories = input<readonly FunnelCategory[]>([]);
  readonly category = input<EligibilityCategoryCode>();
  readonly filtersChange = output<AnalyticsFilters>();

  /** The last loaded view's choices, kept while the next filters load. */
  private readonly shown = linkedSignal<ShownChoices, ShownChoices>({
    source: () => ({ envelope: this.envelope(), categories: this.categories(), category: this.category() }),
    computation: (next, previous) => (next.envelope || !previous ? next : previous.value),
  });
  protected readonly shownCategories = computed(() => this.shown().categories);
  /**
   * The filters appear once their choices are known (the first answer and the names), so that a
   * select is never opened empty.
   */
  protected readonly ready = computed(
    () => this.names.prefectures().length > 0 && this.names.specialties().length > 0 && (this.shown().envelope !== undefined || !this.loading()),
  );

  protected readonly form = new FormGroup({
    year: new FormControl<number | null>(null),
    prefecture: new FormControl('', { nonNullable: true }),
    specialty: new FormControl('', { nonNullable: true }),
    block: new FormControl<RegionalBlock | ''>('', { nonNullable: true }),
    category: new FormControl<EligibilityCategoryCode | ''>('', { nonNullable: true }),
    outcome: new FormControl<FunnelOutcome | ''>('', { nonNullable: true }),
    basis: new FormControl<ConcentrationBasis>('accepted', { nonNullable: true }),
    threshold: new FormControl<number>(DEFAULT_CONCENTRATION_THRESHOLD, { nonNullable: true }),
  });

  protected readonly scope = this.analytics.scope;
  protected readonly blocks = REGIONAL_BLOCKS.map((block) => ({ value: block, label: REGIONAL_BLOCK_LABELS[block] }));
  protected readonly outcomes = FUNNEL_OUTCOMES.map((outcome) => ({ value: outcome, label: FUNNEL_OUTCOME_LABELS[outcome] }));
  protected readonly bases = CONCENTRATION_BASES.map((basis) => ({ value: basis, label: BASIS_LABELS[basis] }));

  private readonly shownYear = computed(() => this.filters().year ?? this.shown().envelope?.round.recruitmentYear ?? null);
  protected readonly years = computed(() => {
    const year = this.shownYear();
    const years = this.shown().envelope?.years ?? [];
    return year === null || years.includes(year) ? years : [year, ...years];
  });
  protected readonly prefectures = computed(() => {
    const own = this.scope().prefectures;
    return own ? this.names.prefectures().filter((prefecture) => own.includes(prefecture.code)) : this.names.prefectures();
  });
  protected readonly specialties = computed(() => {
    const own = this.scope().specialties;
    return own ? this.names.specialties().filter((specialty) => own.includes(specialty.code)) : this.names.specialties();
  });
  /** The usual thresholds, and the URL's own one. */
  protected readonly thresholds = computed((): readonly number[] => {
    const chosen = this.filters().threshold;
    return chosen === undefined || THRESHOLDS.includes(chosen) ? THRESHOLDS : [...THRESHOLDS, chosen].sort((left, right) => left - right);
  });

  constructor() {
    // The URL is the state: the form follows it without writing it again.
    effect(() => {
      const filters = this.filters();
      this.form.setValue(
        {
          year: this.shownYear(),
          prefecture: filters.prefecture ?? '',
          specialty: filters.specialty ?? '',
          block: filters.block ?? '',
          category: filters.category ?? this.shown().category ?? '',
          outcome: filters.outcome ?? '',
          basis: filters.basis ?? 'accepted',
          threshold: filters.threshold ?? DEFAULT_CONCENTRATION_THRESHOLD,
        },
        { emitEvent: false },
      );
    });
    // Someone who may see one prefecture (or specialty) only sees it fixed.
    effect(() => {
      const { prefectures, specialties } = this.scope();
      this.fixed(this.form.controls.prefecture, prefectures);
      this.fixed(this.form.controls.specialty, specialties);
    });
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.filtersChange.emit(this.formFilters()));
  }

  protected shows(key: AnalyticsFilterKey): boolean {
    return VIEW_FILTERS[this.view()].includes(key);
  }

  /** The form's filters; another year starts again from its default category and every outcome. */
  private formFilters(): AnalyticsFilters {
    const value = this.form.getRawValue();
    const sameYear = value.year === this.shownYear();
    return {
      year: value.year ?? undefined,
      prefecture: value.prefecture || undefined,
      specialty: value.specialty || undefined,
      block: value.block || undefined,
      category: (sameYear && value.category) || undefined,
      outcome: (sameYear && value.outcome) || undefined,
      basis: value.basis === 'accepted' ? undefined : value.basis,
      threshold: value.threshold === DEFAULT_CONCENTRATION_THRESHOLD ? undefined : value.threshold,
    };
  }

  private fixed(control: FormControl<string>, allowed: readonly string[] | null): void {
    if (allowed?.length === 1) {
      control.disable({ emitEvent: false });
    } else {
      control.enable({ emitEvent: false });
    }
  }
}
