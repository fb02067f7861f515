import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { PublicHostResponse } from '@renkei/contract';
import { catchError, forkJoin, map, of, throwError } from 'rxjs';
import { httpStatusOf } from '../../core/api-error';
import { formatPeriods } from '../../nominations/nomination-labels';
import { AutoFocus } from '../../shared/ui/auto-focus';
import { RequestState } from '../../shared/ui/request-state';
import { HostDirectoryService } from '../data-access/host-directory.service';
import { CompareSelectionService, MAX_COMPARED_HOSTS } from '../data-access/stored-host-lists.service';
import { livingFlags } from '../host-page/host-page';
import { NOT_ANSWERED, livingItems, trainingItems } from '../ui/profile-items';
import { injectReferenceNames } from '../ui/reference-names';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The facility ids of `?ids=a,b,c` (at most 4, each once; anything not an id is ignored). */
export function compareIds(value: string | undefined): string[] {
  const ids = (value ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => UUID.test(id));
  return [...new Set(ids)].slice(0, MAX_COMPARED_HOSTS);
}

interface CompareRow {
  key: string;
  label: string;
  values: string[];
}

type Loaded = { id: string; host: PublicHostResponse | null };

/** `/hosts/compare?ids=…`: up to 4 hosts side by side (hosts as columns, items as rows). */
@Component({
  selector: 'rk-host-compare-page',
  imports: [RouterLink, AutoFocus, RequestState],
  templateUrl: './host-compare-page.html',
  styleUrl: './host-compare-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HostComparePage {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly directory = inject(HostDirectoryService);
  private readonly selection = inject(CompareSelectionService);
  protected readonly names = injectReferenceNames();
  readonly ids = input<string>();

  protected readonly facilityIds = computed(() => compareIds(this.ids()));
  protected readonly loaded = rxResource({
    params: () => this.facilityIds(),
    stream: ({ params }) =>
      params.length === 0
        ? of([] as Loaded[])
        : forkJoin(
            params.map((id) =>
              this.directory.getHost(id).pipe(
                map((host): Loaded => ({ id, host })),
                // A host no longer published stays in the list as "not published" rather than failing the page.
                catchError((error: unknown) => (httpStatusOf(error) === 404 ? of<Loaded>({ id, host: null }) : throwError(() => error))),
              ),
            ),
          ),
  });
  protected readonly hosts = computed(() => (this.loaded.hasValue() ? this.loaded.value() : []));
  protected readonly missing = computed(() => this.hosts().filter((item) => item.host === null));
  protected readonly shown = computed(() => this.hosts().flatMap((item) => (item.host ? [item.host] : [])));

  protected readonly rows = computed((): CompareRow[] => {
    const hosts = this.shown();
    const locale = this.names.locale;
    const yesNo = (value: boolean | null): string =>
      value === null ? NOT_ANSWERED : value ? $localize`:@@hostDirectory.yes:はい` : $localize`:@@hostDirectory.no:いいえ`;
    const rows: CompareRow[] = [
      {
        key: 'prefecture',
        label: $localize`:@@hostDirectory.compare.prefecture:所在地`,
        values: hosts.map((host) => `${this.names.prefecture(host.prefectureCode)} ${host.municipality}`),
      },
      {
        key: 'scarce',
        label: $localize`:@@hostDirectory.compare.scarce:医師少数区域・スポット`,
        values: hosts.map((host) => yesNo(host.physicianScarceArea || host.physicianScarceSpot)),
      },
      {
        key: 'places',
        label: $localize`:@@hostDirectory.compare.places:受入（領域・連携区分・受入可能数・時期）`,
        values: hosts.map((host) =>
          host.places
            .map(
              (place) =>
                `${this.names.specialty(place.specialtyCode)} · ${locale === 'en' ? place.categoryNameEn : place.categoryNameJa} · ${place.acceptableNumber} · ${formatPeriods(place.acceptablePeriods, locale)}`,
            )
            .join('\n'),
        ),
      },
      {
        key: 'beds',
        label: $localize`:@@hostDirectory.host.beds:病床数`,
        values: hosts.map((host) => (host.bedCount === null ? NOT_ANSWERED : String(host.bedCount))),
      },
      {
        key: 'completeness',
        label: $localize`:@@hostDirectory.host.completeness:情報の充実度`,
        values: hosts.map((host) => (host.profileCompleteness === null ? NOT_ANSWERED : `${host.profileCompleteness}%`)),
      },
      {
        key: 'carNotNeeded',
        label: $localize`:@@hostDirectory.filter.carNotNeeded:車がなくても通える`,
        values: hosts.map((host) => yesNo(livingFlags(host).carNotNeeded)),
      },
    ];
    const itemRows = (items: (host: PublicHostResponse) => ReturnType<typeof trainingItems>): CompareRow[] => {
      const perHost = hosts.map(items);
      return (perHost[0] ?? []).map((item, index) => ({
        key: item.key,
        label: item.label,
        values: perHost.map((list) => list[index]?.value ?? NOT_ANSWERED),
      }));
    };
    return [...rows, ...itemRows((host) => trainingItems(host.profile, locale)), ...itemRows((host) => livingItems(host.profile, locale))];
  });

  constructor() {
    // The URL is the comparison: the directory's 比較 toggles start from what is compared here.
    effect(() => {
      const loaded = this.shown();
      if (loaded.length > 0) {
        this.selection.replace(loaded.map((host) => ({ facilityId: host.facilityId, name: host.name })));
      }
    });
  }

  protected remove(facilityId: string): void {
    this.selection.remove(facilityId);
    const ids = this.facilityIds().filter((id) => id !== facilityId);
    void this.router.navigate([], { relativeTo: this.route, queryParams: { ids: ids.length ? ids.join(',') : null } });
  }
}
