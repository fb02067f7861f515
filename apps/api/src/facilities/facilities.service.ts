import { Injectable } from '@nestjs/common';
import {
  FACILITY_SEARCH_DEFAULT_LIMIT,
  FacilityQuery,
  FacilityRequest,
  FacilityResponse,
  FacilitySearchQuery,
  FacilitySearchResult,
  UpdateFacilityRequest,
} from '@renkei/contract';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { CurrentUserContext } from '../accounts/access/current-user';
import { AuditService } from '../audit/audit.service';
import { HostListingIndexer } from '../hosts/directory/host-listing.indexer';
import { PhysicianScarceDesignation } from '../reference-data/entities/physician-scarce-designation.entity';
import { PhysicianScarceSpot } from '../reference-data/entities/physician-scarce-spot.entity';
import { SecondaryMedicalArea } from '../reference-data/entities/secondary-medical-area.entity';
import { FacilitiesErrorCode, FacilitiesException } from './facilities.exception';
import { Facility } from './facility.entity';
import { facilityScopeOf, mayEditPrefecture } from './facility-scope';

const FACILITY_SNAPSHOT_FIELDS = [
  'facilityCode',
  'name',
  'kind',
  'prefectureCode',
  'secondaryMedicalAreaCode',
  'municipality',
  'address',
  'bedCount',
  'isBase',
  'isHost',
] as const;

@Injectable()
export class FacilitiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly listings: HostListingIndexer,
  ) {}

  async list(viewer: CurrentUserContext, query: FacilityQuery): Promise<FacilityResponse[]> {
    const scope = facilityScopeOf(viewer);
    const builder = this.dataSource
      .getRepository(Facility)
      .createQueryBuilder('facility')
      .orderBy('facility.prefectureCode')
      .addOrderBy('facility.facilityCode');
    if (!scope.all) {
      builder.andWhere(
        new Brackets((where) => {
          where.where('1 = 0');
          if (scope.prefectureCodes.length > 0) {
            where.orWhere('facility.prefectureCode IN (:...prefectureCodes)', {
              prefectureCodes: scope.prefectureCodes,
            });
          }
          if (scope.facilityIds.length > 0) {
            where.orWhere('facility.id IN (:...facilityIds)', {
              facilityIds: scope.facilityIds,
            });
          }
        }),
      );
    }
    if (query.prefecture) {
      builder.andWhere('facility.prefectureCode = :prefecture', {
        prefecture: query.prefecture,
      });
    }
    if (query.role) {
      builder.andWhere(query.role === 'base' ? 'facility.isBase' : 'facility.isHost');
    }
    if (query.q) {
      builder.andWhere('(facility.name ILIKE :q OR facility.facilityCode ILIKE :q OR facility.municipality ILIKE :q)', {
        q: `%${escapeLike(query.q)}%`,
      });
    }
    return this.toResponses(this.dataSource.manager, await builder.take(2000).getMany());
  }

  /** Public look-up by name or facility code: an exact code first, then names and codes that start with the text, then the rest. */
  async search(query: FacilitySearchQuery): Promise<FacilitySearchResult[]> {
    const text = escapeLike(query.q);
    const facilities = await this.dataSource
      .getRepository(Facility)
      .createQueryBuilder('facility')
      .where('(facility.name ILIKE :contains OR facility.facilityCode ILIKE :contains)', { contains: `%${text}%` })
      .orderBy(
        'CASE WHEN facility.facilityCode ILIKE :exact THEN 0 WHEN facility.name ILIKE :prefix OR facility.facilityCode ILIKE :prefix THEN 1 ELSE 2 END',
      )
      .addOrderBy('facility.facilityCode')
      .setParameters({ exact: text, prefix: `${text}%` })
      .limit(query.limit ?? FACILITY_SEARCH_DEFAULT_LIMIT)
      .getMany();
    return (await this.toResponses(this.dataSource.manager, facilities)).map((facility) => ({
      id: facility.id,
      facilityCode: facility.facilityCode,
      name: facility.name,
      prefectureCode: facility.prefectureCode,
      secondaryMedicalAreaCode: facility.secondaryMedicalAreaCode,
      municipality: facility.municipality,
      physicianScarceSpot: facility.physicianScarceSpot,
      sample: facility.sample,
    }));
  }

  async get(viewer: CurrentUserContext, id: string): Promise<FacilityResponse> {
    const facility = await this.dataSource.getRepository(Facility).findOneBy({ id });
    const scope = facilityScopeOf(viewer);
    if (!facility || !(scope.all || scope.prefectureCodes.includes(facility.prefectureCode) || scope.facilityIds.includes(facility.id))) {
      throw new FacilitiesException(FacilitiesErrorCode.NotFound, 'No such facility.');
    }
    const [response] = await this.toResponses(this.dataSource.manager, [facility]);
    return response as FacilityResponse;
  }

  async create(actor: CurrentUserContext, request: FacilityRequest): Promise<FacilityResponse> {
    return this.dataSource.transaction(async (manager) => {
      const prefectureCode = await this.prefectureOfArea(manager, request.secondaryMedicalAreaCode);
      this.assertMayEdit(actor, prefectureCode);
      if (await manager.existsBy(Facility, { facilityCode: request.facilityCode })) {
        throw new FacilitiesException(FacilitiesErrorCode.CodeTaken, `Facility code ${request.facilityCode} is already registered.`, {
          facilityCode: ['this facility code is already registered'],
        });
      }
      const facility = await manager.save(
        manager.create(Facility, {
          ...fieldsOf(request),
          prefectureCode,
          sample: false,
        }),
      );
      await this.audit.record(
        {
          action: 'facility.created',
          actorUserId: actor.id,
          actorEmail: actor.email,
          entityType: 'facility',
          entityId: facility.id,
          after: snapshot(facility),
          prefectureCode,
          facilityId: facility.id,
        },
        manager,
      );
      const [response] = await this.toResponses(manager, [facility]);
      return response as FacilityResponse;
    });
  }

  /** Optimistic locking: the update applies only to the version the editor saw; otherwise 409. */
  async update(actor: CurrentUserContext, id: string, request: UpdateFacilityRequest): Promise<FacilityResponse> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(Facility, { id });
      if (!before) {
        throw new FacilitiesException(FacilitiesErrorCode.NotFound, 'No such facility.');
      }
      this.assertMayEdit(actor, before.prefectureCode);
      const prefectureCode = await this.prefectureOfArea(manager, request.secondaryMedicalAreaCode);
      this.assertMayEdit(actor, prefectureCode);
      if (
        request.facilityCode !== before.facilityCode &&
        (await manager.existsBy(Facility, {
          facilityCode: request.facilityCode,
        }))
      ) {
        throw new FacilitiesException(FacilitiesErrorCode.CodeTaken, `Facility code ${request.facilityCode} is already registered.`, {
          facilityCode: ['this facility code is already registered'],
        });
      }
      const result = await manager
        .createQueryBuilder()
        .update(Facility)
        .set({
          ...fieldsOf(request),
          prefectureCode,
          version: () => 'version + 1',
          updatedAt: () => 'now()',
        })
        .where('id = :id AND version = :version', {
          id,
          version: request.version,
        })
        .execute();
      if (result.affected !== 1) {
        throw new FacilitiesException(
          FacilitiesErrorCode.VersionConflict,
          'Someone else saved this facility after you opened it. Reload to see their changes, then edit again.',
        );
      }
      const after = await manager.findOneByOrFail(Facility, { id });
      // The directory searches a copy of the name and place: keep it in step.
      await this.listings.refreshFacility(manager, id);
      await this.audit.record(
        {
          action: 'facility.updated',
          actorUserId: actor.id,
          actorEmail: actor.email,
          entityType: 'facility',
          entityId: id,
          before: snapshot(before),
          after: snapshot(after),
          prefectureCode,
          facilityId: id,
        },
        manager,
      );
      const [response] = await this.toResponses(manager, [after]);
      return response as FacilityResponse;
    });
  }

  private assertMayEdit(actor: CurrentUserContext, prefectureCode: string): void {
    if (!mayEditPrefecture(actor, prefectureCode)) {
      throw new FacilitiesException(FacilitiesErrorCode.OutOfScope, 'You can change only the facilities of your own prefecture.');
    }
  }

  private async prefectureOfArea(manager: EntityManager, areaCode: string): Promise<string> {
    const area = await manager.findOneBy(SecondaryMedicalArea, {
      code: areaCode,
    });
    if (!area) {
      throw new FacilitiesException(FacilitiesErrorCode.UnknownArea, `Secondary medical area ${areaCode} does not exist.`, {
        secondaryMedicalAreaCode: [`area ${areaCode} does not exist`],
      });
    }
    return area.prefectureCode;
  }

  /** Adds the area's designation and any scarce spot covering the facility's municipality. */
  async toResponses(manager: EntityManager, facilities: Facility[]): Promise<FacilityResponse[]> {
    if (facilities.length === 0) {
      return [];
    }
    const designations = await manager.find(PhysicianScarceDesignation);
    const scarceAreas = new Set(designations.filter((designation) => designation.physicianScarce).map((designation) => designation.areaCode));
    const spots = await manager.find(PhysicianScarceSpot);
    const spotKeys = new Set(spots.map((spot) => `${spot.prefectureCode}/${spot.municipality}`));
    return facilities.map((facility) => ({
      id: facility.id,
      facilityCode: facility.facilityCode,
      name: facility.name,
      kind: facility.kind,
      prefectureCode: facility.prefectureCode,
      secondaryMedicalAreaCode: facility.secondaryMedicalAreaCode,
      municipality: facility.municipality,
      address: facility.address,
      bedCount: facility.bedCount,
      isBase: facility.isBase,
      isHost: facility.isHost,
      sample: facility.sample,
      physicianScarceArea: scarceAreas.has(facility.secondaryMedicalAreaCode),
      physicianScarceSpot: spotKeys.has(`${facility.prefectureCode}/${facility.municipality}`),
      version: facility.version,
    }));
  }
}

/** Makes `%`, `_` and `\` match themselves in an ILIKE pattern (PostgreSQL's default escape is `\`). */
function escapeLike(text: string): string {
  return text.replace(/[%_\\]/g, '\\$&');
}

function fieldsOf(request: FacilityRequest): Partial<Facility> {
  return {
    facilityCode: request.facilityCode,
    name: request.name.trim(),
    kind: request.kind,
    secondaryMedicalAreaCode: request.secondaryMedicalAreaCode,
    municipality: request.municipality.trim(),
    address: request.address.trim(),
    bedCount: request.bedCount ?? null,
    isBase: request.isBase,
    isHost: request.isHost,
  };
}

function snapshot(facility: Facility): Record<string, unknown> {
  return Object.fromEntries(FACILITY_SNAPSHOT_FIELDS.map((field) => [field, facility[field]]));
}
