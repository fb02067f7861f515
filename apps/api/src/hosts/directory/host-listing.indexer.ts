import { Injectable } from '@nestjs/common';
import { AcceptablePeriod, DirectoryPlace, EligibilityCategoryCode, HostProfileContent } from '@renkei/contract';
import { EntityManager, In } from 'typeorm';
import { Facility } from '../../facilities/facility.entity';
import { NominationRound } from '../../nominations/entities/nomination-round.entity';
import { PublishedHost } from '../../nominations/entities/published-host.entity';
import { PhysicianScarceDesignation } from '../../reference-data/entities/physician-scarce-designation.entity';
import { PhysicianScarceSpot } from '../../reference-data/entities/physician-scarce-spot.entity';
import { Prefecture } from '../../reference-data/entities/prefecture.entity';
import { HostProfile } from '../entities/host-profile.entity';
import { profileCompleteness } from '../profile-completeness';
import { HostListing, HostListingPlace } from './host-listing.entity';
import { foldSearchText } from './search-text';

const INSERT_CHUNK = 500;

/**
 * Keeps `host_listing` in step with what it is built from. Every method takes the caller's
 * transaction, so the directory changes exactly when the publication, approval or edit commits.
 */
@Injectable()
export class HostListingIndexer {
  /** (Re)builds a published round's rows: call when the round is published. */
  async indexRound(manager: EntityManager, roundId: string): Promise<number> {
    const hosts = await manager.find(PublishedHost, {
      where: { roundId },
      order: { facilityCode: 'ASC', specialtyCode: 'ASC', categoryCode: 'ASC' },
    });
    await lockFacilities(manager, hosts);
    await manager.delete(HostListing, { roundId });
    const rows = await this.build(manager, roundId, hosts);
    await this.insert(manager, rows);
    return rows.length;
  }

  /**
   * Rebuilds one facility's rows in every published round that lists it: call after its approved
   * profile, its places (acceptable number, periods) or its facility record change.
   */
  async refreshFacility(manager: EntityManager, facilityId: string): Promise<void> {
    await this.refreshWhere(manager, 'host.facilityId = :facilityId', { facilityId });
  }

  /** Rebuilds the rows of a prefecture's hosts: call after its physician-scarce areas or spots change. */
  async refreshPrefecture(manager: EntityManager, prefectureCode: string): Promise<void> {
    await this.refreshWhere(manager, 'host.facilityId IN (SELECT facility.id FROM facility WHERE facility.prefecture_code = :prefectureCode)', {
      prefectureCode,
    });
  }

  /** Indexes published rounds that have no listing yet (rounds published before the directory existed). */
  async indexUnindexedRounds(manager: EntityManager): Promise<number> {
    const rounds: { id: string }[] = await manager.query(
      `SELECT round.id FROM nomination_round round
        WHERE round.status = 'published' AND NOT EXISTS (SELECT 1 FROM host_listing listing WHERE listing.round_id = round.id)`,
    );
    for (const round of rounds) {
      await this.indexRound(manager, round.id);
    }
    return rounds.length;
  }

  private async refreshWhere(manager: EntityManager, where: string, parameters: Record<string, string>): Promise<void> {
    const hosts = await manager
      .getRepository(PublishedHost)
      .createQueryBuilder('host')
      .innerJoin(NominationRound, 'round', "round.id = host.roundId AND round.status = 'published'")
      .where(where, parameters)
      .orderBy('host.specialtyCode')
      .addOrderBy('host.categoryCode')
      .getMany();
    const facilityIds = await lockFacilities(manager, hosts);
    if (facilityIds.length === 0) return;
    await manager.delete(HostListing, { facilityId: In(facilityIds) });
    for (const roundId of new Set(hosts.map((host) => host.roundId))) {
      const rows = await this.build(
        manager,
        roundId,
        hosts.filter((host) => host.roundId === roundId),
      );
      await this.insert(manager, rows);
    }
  }

  private async insert(manager: EntityManager, rows: Partial<HostListing>[]): Promise<void> {
    const places: Partial<HostListingPlace>[] = rows.flatMap((row) =>
      (row.places ?? []).map((place) => ({
        roundId: row.roundId,
        facilityId: row.facilityId,
        specialtyCode: place.specialtyCode,
        categoryCode: place.categoryCode,
        months: [...new Set(place.acceptablePeriods.flatMap(periodMonths))].sort((a, b) => a - b),
      })),
    );
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
      await manager.insert(HostListing, rows.slice(start, start + INSERT_CHUNK));
    }
    for (let start = 0; start < places.length; start += INSERT_CHUNK) {
      await manager.insert(HostListingPlace, places.slice(start, start + INSERT_CHUNK));
    }
  }

  private async build(manager: EntityManager, roundId: string, hosts: PublishedHost[]): Promise<Partial<HostListing>[]> {
    if (hosts.length === 0) return [];
    const facilityIds = [...new Set(hosts.map((host) => host.facilityId))];
    const facilities = await manager.findBy(Facility, { id: In(facilityIds) });
    const profiles = await manager.findBy(HostProfile, { facilityId: In(facilityIds) });
    const prefectures = await manager.find(Prefecture);
    const designations = await manager.findBy(PhysicianScarceDesignation, { physicianScarce: true });
    const spots = await manager.find(PhysicianScarceSpot);
    const facilityById = new Map(facilities.map((facility) => [facility.id, facility]));
    const profileById = new Map(profiles.map((profile) => [profile.facilityId, profile.published]));
    const prefectureByCode = new Map(prefectures.map((prefecture) => [prefecture.code, prefecture]));
    const scarceAreas = new Set(designations.map((designation) => designation.areaCode));
    const spotKeys = new Set(spots.map((spot) => `${spot.prefectureCode}/${spot.municipality}`));
    const hostsByFacility = new Map<string, PublishedHost[]>();
    for (const host of hosts) {
      hostsByFacility.set(host.facilityId, [...(hostsByFacility.get(host.facilityId) ?? []), host]);
    }

    return facilityIds.map((facilityId) => {
      const facility = facilityById.get(facilityId);
      const prefecture = facility && prefectureByCode.get(facility.prefectureCode);
      if (!facility || !prefecture) {
        throw new Error(`published host ${facilityId} refers to a missing facility or prefecture`);
      }
      const own = hostsByFacility.get(facilityId) ?? [];
      const profile = profileById.get(facilityId) ?? null;
      const places: DirectoryPlace[] = own.map((host) => ({
        specialtyCode: host.specialtyCode,
        categoryCode: host.categoryCode as EligibilityCategoryCode,
        categoryNameJa: host.categoryNameJa,
        categoryNameEn: host.categoryNameEn,
        acceptableNumber: host.acceptableNumber,
        acceptablePeriods: host.acceptablePeriods,
      }));
      const reading = profile?.nameReading?.trim() || null;
      const nameKey = [facility.name, reading ?? ''].map(foldSearchText).join('\n');
      return {
        roundId,
        facilityId,
        facilityCode: facility.facilityCode,
        name: facility.name,
        nameReading: reading,
        nameKey,
        sortName: foldSearchText(reading ?? facility.name),
        searchText: [
          facility.name,
          reading,
          prefecture.nameJa,
          prefecture.nameEn,
          facility.municipality,
          facility.address,
          profile?.training?.departments,
          profile?.message,
        ]
          .filter((text): text is string => Boolean(text))
          .map(foldSearchText)
          .join('\n'),
        prefectureCode: facility.prefectureCode,
        block: prefecture.block,
        municipality: facility.municipality,
        bedCount: facility.bedCount,
        physicianScarceArea: scarceAreas.has(facility.secondaryMedicalAreaCode),
        physicianScarceSpot: spotKeys.has(`${facility.prefectureCode}/${facility.municipality}`),
        sample: facility.sample,
        places,
        // One candidate may be published under several categories: count its residents once.
        acceptableTotal: [...new Map(own.map((host) => [host.candidateId, host.acceptableNumber])).values()].reduce((sum, n) => sum + n, 0),
        ...livingFlags(profile),
        profileCompleteness: profile ? profileCompleteness(profile).percent : null,
        photoId: profile?.photos?.[0]?.id ?? null,
      };
    });
  }
}

/**
 * Two refreshes of the same facility (an approval while a designation changes) would each delete
 * and re-insert its rows; the facility row lock makes the second wait instead of colliding.
 */
async function lockFacilities(manager: EntityManager, hosts: PublishedHost[]): Promise<string[]> {
  const facilityIds = [...new Set(hosts.map((host) => host.facilityId))].sort();
  if (facilityIds.length > 0) {
    await manager.query('SELECT id FROM facility WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [facilityIds]);
  }
  return facilityIds;
}

/** The filterable living conditions of an approved profile (null: not answered, or no approved profile). */
export function livingFlags(
  profile: HostProfileContent | null,
): Pick<HostListing, 'dormitory' | 'housingSupport' | 'carNotNeeded' | 'childcareNearby'> {
  const living = profile?.living;
  const dormitory = living?.dormitory ?? null;
  const allowance = living?.housingAllowanceYen ?? null;
  const housingSupport = dormitory === true || (allowance !== null && allowance > 0) ? true : dormitory === null && allowance === null ? null : false;
  const carNeeded = living?.carNeeded ?? null;
  return {
    dormitory,
    housingSupport,
    carNotNeeded: carNeeded === null ? null : !carNeeded,
    childcareNearby: living?.childcareNearby ?? null,
  };
}

/** A `YYYY-MM` month as one number (year × 12 + month − 1), so periods are plain integer ranges. */
export function monthOrdinal(month: string): number {
  const [year = 0, number = 1] = month.split('-').map(Number);
  return year * 12 + number - 1;
}

/** The months a period covers, as ordinals. */
export function periodMonths(period: AcceptablePeriod): number[] {
  const first = monthOrdinal(period.startMonth);
  return Array.from({ length: period.months }, (_, offset) => first + offset);
}
