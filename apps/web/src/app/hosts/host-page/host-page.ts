import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DirectoryPlaceDetail, PublicHostResponse } from '@renkei/contract';
import { httpStatusOf } from '../../core/api-error';
import { loadedValue } from '../../core/loaded-value';
import { JstPipe } from '../../core/time/jst';
import { EligibilityCategoryResultView } from '../../eligibility/ui/eligibility-category-result';
import { formatPeriods } from '../../nominations/nomination-labels';
import { AutoFocus } from '../../shared/ui/auto-focus';
import { RequestState } from '../../shared/ui/request-state';
import { HostDirectoryService } from '../data-access/host-directory.service';
import { HostActions } from '../ui/host-actions';
import { HostBadges } from '../ui/host-badges';
import { NOT_ANSWERED, livingItems, trainingItems } from '../ui/profile-items';
import { injectReferenceNames } from '../ui/reference-names';

/** The badges' living flags as the directory derives them from the approved profile. */
export function livingFlags(host: PublicHostResponse) {
  const living = host.profile?.living;
  return {
    dormitory: living?.dormitory ?? null,
    carNotNeeded: living?.carNeeded === undefined || living.carNeeded === null ? null : !living.carNeeded,
    childcareNearby: living?.childcareNearby ?? null,
  };
}

/** `/hosts/:facilityId`: everything a resident needs to know about one published host. */
@Component({
  selector: 'rk-host-page',
  imports: [RouterLink, JstPipe, AutoFocus, RequestState, HostActions, HostBadges, EligibilityCategoryResultView],
  templateUrl: './host-page.html',
  styleUrl: './host-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HostPage {
  private readonly directory = inject(HostDirectoryService);
  protected readonly names = injectReferenceNames();
  readonly facilityId = input.required<string>();

  protected readonly resource = this.directory.host(() => this.facilityId());
  protected readonly host = computed(() => loadedValue(this.resource));
  /** Not a published host of the current round (or no such facility): say so, no retry. */
  protected readonly notPublished = computed(() => httpStatusOf(this.resource.error()) === 404);
  protected readonly badgeHost = computed(() => {
    const host = this.host();
    return host ? { ...host, living: livingFlags(host) } : undefined;
  });
  protected readonly training = computed(() => trainingItems(this.host()?.profile ?? null, this.names.locale));
  protected readonly living = computed(() => livingItems(this.host()?.profile ?? null, this.names.locale));
  protected readonly notAnswered = NOT_ANSWERED;

  protected categoryName(place: DirectoryPlaceDetail): string {
    return this.names.locale === 'en' ? place.categoryNameEn : place.categoryNameJa;
  }

  protected periods(place: DirectoryPlaceDetail): string {
    return formatPeriods(place.acceptablePeriods, this.names.locale);
  }

  protected photoUrl(photoId: string): string {
    return this.directory.photoUrl(photoId);
  }

  protected photoAlt(host: PublicHostResponse, caption: string | null | undefined, index: number): string {
    if (caption) {
      return caption;
    }
    const name = host.name;
    const number = index + 1;
    return $localize`:@@hostDirectory.host.photoAlt:${name}:name: の写真 ${number}:number:`;
  }
}
