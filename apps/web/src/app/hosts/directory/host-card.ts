import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { HostSummary } from '@renkei/contract';
import { formatPeriods } from '../../nominations/nomination-labels';
import { HostDirectoryService } from '../data-access/host-directory.service';
import { HostActions } from '../ui/host-actions';
import { HostBadges } from '../ui/host-badges';
import { ReferenceNames } from '../ui/reference-names';

/** One host in the directory's results. */
@Component({
  selector: 'rk-host-card',
  imports: [RouterLink, HostActions, HostBadges],
  template: `
    <article class="host-card" [attr.data-facility]="host().facilityId" [attr.aria-labelledby]="'host-' + host().facilityId">
      <div class="host-card__body">
        <h3 class="host-card__name" [id]="'host-' + host().facilityId">
          <a [routerLink]="['/hosts', host().facilityId]">{{ host().name }}</a>
        </h3>
        @if (host().nameReading) {
          <p class="host-card__reading">{{ host().nameReading }}</p>
        }
        <p class="host-card__place">{{ names().prefecture(host().prefectureCode) }} {{ host().municipality }}</p>
        <rk-host-badges [host]="host()" />
        <ul class="host-card__places" aria-label="受入" i18n-aria-label="@@hostDirectory.card.placesLabel">
          @for (place of host().places; track place.specialtyCode + place.categoryCode) {
            <li i18n="@@hostDirectory.card.place">
              {{ names().specialty(place.specialtyCode) }} · {{ categoryName(place) }} · 受入可能数 {{ place.acceptableNumber }} 名 ·
              {{ periods(place) }}
            </li>
          }
        </ul>
        <p class="host-card__completeness">
          @if (host().profileCompleteness !== null) {
            <span i18n="@@hostDirectory.card.completeness">情報の充実度 {{ host().profileCompleteness }}%</span>
          } @else {
            <span i18n="@@hostDirectory.card.noProfile">紹介情報はまだ公開されていません</span>
          }
        </p>
        <rk-host-actions [facilityId]="host().facilityId" [name]="host().name" />
      </div>
      @if (host().photoId; as photoId) {
        <img class="host-card__photo" [src]="photoUrl(photoId)" [alt]="photoAlt()" width="160" height="120" loading="lazy" />
      }
    </article>
  `,
  styles: `
    .host-card {
      display: flex;
      gap: 16px;
      justify-content: space-between;
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant, #c4c7c5);
      border-radius: 12px;
      background: var(--mat-sys-surface, #fff);
    }
    .host-card__body {
      display: grid;
      gap: 6px;
      min-width: 0;
    }
    .host-card__name {
      margin: 0;
      font-size: 1.125rem;
    }
    .host-card__name a {
      display: inline-block;
      min-height: 24px;
    }
    .host-card__reading,
    .host-card__place,
    .host-card__completeness {
      margin: 0;
      color: #444746;
      font-size: 0.875rem;
    }
    .host-card__places {
      margin: 0;
      padding-left: 20px;
      line-height: 1.6;
    }
    .host-card__photo {
      flex: none;
      width: 160px;
      height: 120px;
      object-fit: cover;
      border-radius: 8px;
    }
    @media (max-width: 599px) {
      .host-card {
        flex-direction: column-reverse;
      }
      .host-card__photo {
        width: 100%;
        height: auto;
        aspect-ratio: 4 / 3;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HostCard {
  private readonly directory = inject(HostDirectoryService);
  readonly host = input.required<HostSummary>();
  readonly names = input.required<ReferenceNames>();

  protected readonly photoAlt = computed(() => {
    const name = this.host().name;
    return $localize`:@@hostDirectory.card.photoAlt:${name}:name: の写真`;
  });

  protected categoryName(place: HostSummary['places'][number]): string {
    return this.names().locale === 'en' ? place.categoryNameEn : place.categoryNameJa;
  }

  protected periods(place: HostSummary['places'][number]): string {
    return formatPeriods(place.acceptablePeriods, this.names().locale);
  }

  protected photoUrl(photoId: string): string {
    return this.directory.photoUrl(photoId);
  }
}
