import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { ELIGIBILITY_CATEGORY_CODES, FacetCount, HOST_SORTS, HostSearchFacets, HostSort, REGIONAL_BLOCKS } from '@renkei/contract';
import { loadedValue } from '../../core/loaded-value';
import { LocalizedPaginatorIntl } from '../../core/localized-paginator-intl';
import { CATEGORY_LABELS } from '../../rules/exceptions/exception-form';
import { AutoFocus } from '../../shared/ui/auto-focus';
import { RequestState } from '../../shared/ui/request-state';
import { HOST_SEARCH_PAGE_SIZE, HostDirectoryService } from '../data-access/host-directory.service';
import { CompareSelectionService, SavedHostsService } from '../data-access/stored-host-lists.service';
import { injectReferenceNames } from '../ui/reference-names';
import { HostCard } from './host-card';
import { HostCountMap } from './host-count-map';
import { HOST_FLAG_FILTERS, HostFlagFilter, HostSearch, paramsFromSearch, searchFromParams } from './host-search-params';

export interface FilterOption {
  value: string;
  label: string;
}

const SORT_LABELS: Record<HostSort, string> = {
  relevance: $localize`:@@hostDirectory.sort.relevance:関連度順`,
  name: $localize`:@@hostDirectory.sort.name:施設名順`,
  prefecture: $localize`:@@hostDirectory.sort.prefecture:都道府県順`,
  'acceptable-number': $localize`:@@hostDirectory.sort.acceptableNumber:受入可能数の多い順`,
  completeness: $localize`:@@hostDirectory.sort.completeness:情報の充実度順`,
};

export const FLAG_LABELS: Record<HostFlagFilter, string> = {
  physicianScarce: $localize`:@@hostDirectory.filter.physicianScarce:医師少数区域・スポット`,
  dormitory: $localize`:@@hostDirectory.filter.dormitory:寮あり`,
  housingSupport: $localize`:@@hostDirectory.filter.housingSupport:住まいの支援あり（寮・住宅手当）`,
  carNotNeeded: $localize`:@@hostDirectory.filter.carNotNeeded:車がなくても通える`,
  childcare: $localize`:@@hostDirectory.filter.childcare:近くに保育施設あり`,
};

/** "内科（12）": the option's name with how many hosts choosing it would give. */
export function withCount(label: string, count: number): string {
  return $localize`:@@hostDirectory.filter.optionCount:${label}:label:（${count}:count: 件）`;
}

/** Options for a select: every value the facets count, plus the chosen one even when it has none. */
export function facetOptions(facets: readonly FacetCount[], chosen: string | undefined, name: (value: string) => string): FilterOption[] {
  const counts = new Map(facets.map((facet) => [facet.value, facet.count]));
  if (chosen && !counts.has(chosen)) {
    counts.set(chosen, 0);
  }
  return [...counts].map(([value, count]) => ({ value, label: withCount(name(value), count) }));
}

/**
 * `/hosts`: the public host directory. The URL's query parameters are the search (shareable,
 * back/forward work); the form only writes them.
 */
@Component({
  selector: 'rk-host-directory-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatSelectModule,
    AutoFocus,
    RequestState,
    HostCard,
    HostCountMap,
  ],
  templateUrl: './host-directory-page.html',
  styleUrl: './host-directory-page.scss',
  providers: [{ provide: MatPaginatorIntl, useClass: LocalizedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HostDirectoryPage {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly directory = inject(HostDirectoryService);
  protected readonly names = injectReferenceNames();
  protected readonly saved = inject(SavedHostsService);
  protected readonly comparison = inject(CompareSelectionService);

  private readonly queryParams = toSignal(this.route.queryParams, { initialValue: this.route.snapshot.queryParams });
  protected readonly search = computed(() => searchFromParams(this.queryParams()));
  protected readonly results = this.directory.search(this.search);
  protected readonly value = computed(() => loadedValue(this.results));
  /** Last facets seen, so the filters keep their options while the next page loads. */
  private readonly lastFacets = signal<HostSearchFacets | undefined>(undefined);
  protected readonly facets = computed(() => this.value()?.facets ?? this.lastFacets());

  protected readonly pageSize = HOST_SEARCH_PAGE_SIZE;
  protected readonly flags = HOST_FLAG_FILTERS;
  protected readonly sorts = HOST_SORTS.map((value) => ({ value, label: SORT_LABELS[value] }));
  protected readonly filtersOpen = signal(false);

  protected readonly query = new FormControl('', { nonNullable: true });
  protected readonly filters = new FormGroup({
    specialty: new FormControl('', { nonNullable: true }),
    category: new FormControl('', { nonNullable: true }),
    prefecture: new FormControl('', { nonNullable: true }),
    block: new FormControl('', { nonNullable: true }),
    physicianScarce: new FormControl(false, { nonNullable: true }),
    dormitory: new FormControl(false, { nonNullable: true }),
    housingSupport: new FormControl(false, { nonNullable: true }),
    carNotNeeded: new FormControl(false, { nonNullable: true }),
    childcare: new FormControl(false, { nonNullable: true }),
    month: new FormControl('', { nonNullable: true }),
    sort: new FormControl<HostSort>('relevance', { nonNullable: true }),
  });

  protected readonly specialtyOptions = computed(() =>
    facetOptions(this.facets()?.specialty ?? [], this.search().specialty, (code) => this.names.specialty(code)),
  );
  protected readonly categoryOptions = computed(() =>
    facetOptions(this.facets()?.category ?? [], this.search().category, (code) =>
      (ELIGIBILITY_CATEGORY_CODES as readonly string[]).includes(code) ? CATEGORY_LABELS[code as keyof typeof CATEGORY_LABELS] : code,
    ),
  );
  protected readonly prefectureOptions = computed(() =>
    facetOptions(this.facets()?.prefecture ?? [], this.search().prefecture, (code) => this.names.prefecture(code)),
  );
  protected readonly blockOptions = computed(() =>
    facetOptions(this.facets()?.block ?? [], this.search().block, (code) =>
      (REGIONAL_BLOCKS as readonly string[]).includes(code) ? this.names.block(code as (typeof REGIONAL_BLOCKS)[number]) : code,
    ),
  );
  protected readonly activeFilterCount = computed(() => Object.keys(this.search()).filter((key) => !['q', 'sort', 'page'].includes(key)).length);

  constructor() {
    // The URL is the state: the form follows it (also on back/forward) without writing it again.
    effect(() => {
      const search = this.search();
      this.query.setValue(search.q ?? '', { emitEvent: false });
      this.filters.setValue(
        {
          specialty: search.specialty ?? '',
          category: search.category ?? '',
          prefecture: search.prefecture ?? '',
          block: search.block ?? '',
          physicianScarce: !!search.physicianScarce,
          dormitory: !!search.dormitory,
          housingSupport: !!search.housingSupport,
          carNotNeeded: !!search.carNotNeeded,
          childcare: !!search.childcare,
          month: search.month ?? '',
          sort: search.sort ?? 'relevance',
        },
        { emitEvent: false },
      );
    });
    effect(() => {
      const facets = this.value()?.facets;
      if (facets) {
        this.lastFacets.set(facets);
      }
    });
    this.filters.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.navigate(this.formSearch()));
  }

  protected flagOption(flag: HostFlagFilter): string {
    return withCount(FLAG_LABELS[flag], this.facets()?.[flag] ?? 0);
  }

  protected submitQuery(): void {
    this.navigate(this.formSearch());
  }

  protected choosePrefecture(code: string): void {
    this.navigate({ ...this.search(), prefecture: this.search().prefecture === code ? undefined : code, page: undefined });
  }

  protected clearFilters(): void {
    const { q, sort } = this.search();
    this.navigate({ q, sort });
  }

  protected changePage(event: PageEvent): void {
    this.navigate({ ...this.search(), page: event.pageIndex + 1 });
  }

  /** The search the form describes, with the text as typed (a new filter or text starts again at page 1). */
  private formSearch(): HostSearch {
    const value = this.filters.getRawValue();
    return searchFromParams({
      q: this.query.value,
      specialty: value.specialty,
      category: value.category,
      prefecture: value.prefecture,
      block: value.block,
      month: value.month,
      sort: value.sort === 'relevance' ? '' : value.sort,
      ...Object.fromEntries(HOST_FLAG_FILTERS.filter((flag) => value[flag]).map((flag) => [flag, 'true'])),
    });
  }

  private navigate(search: HostSearch): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: paramsFromSearch(search) });
  }
}
