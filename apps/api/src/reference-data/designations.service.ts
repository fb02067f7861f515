import { Injectable } from '@nestjs/common';
import { ScarceDesignationRequest, ScarceSpotRequest, ScarceSpotResponse } from '@renkei/contract';
import { DataSource } from 'typeorm';
import { CurrentUserContext } from '../accounts/access/current-user';
import { AuditService } from '../audit/audit.service';
import { HostListingIndexer } from '../hosts/directory/host-listing.indexer';
import { mayEditPrefecture } from '../facilities/facility-scope';
import { PhysicianScarceDesignation } from './entities/physician-scarce-designation.entity';
import { PhysicianScarceSpot } from './entities/physician-scarce-spot.entity';
import { ReferenceDataErrorCode, ReferenceDataException } from './reference-data.exception';

/** A prefecture's own designations: scarce areas (editing the index default) and scarce spots. */
@Injectable()
export class DesignationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly listings: HostListingIndexer,
  ) {}

  async designateArea(
    actor: CurrentUserContext,
    areaCode: string,
    request: ScarceDesignationRequest,
  ): Promise<{ areaCode: string; physicianScarce: boolean; version: number }> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(PhysicianScarceDesignation, {
        areaCode,
      });
      if (!before) {
        throw new ReferenceDataException(ReferenceDataErrorCode.AreaNotFound, `Secondary medical area ${areaCode} does not exist.`);
      }
      const prefectureCode = areaCode.slice(0, 2);
      this.assertMayEdit(actor, prefectureCode);
      const result = await manager
        .createQueryBuilder()
        .update(PhysicianScarceDesignation)
        .set({
          physicianScarce: request.physicianScarce,
          source: 'prefecture',
          reason: request.reason.trim(),
          version: () => 'version + 1',
          updatedAt: () => 'now()',
        })
        .where('area_code = :areaCode AND version = :version', {
          areaCode,
          version: request.version,
        })
        .execute();
      if (result.affected !== 1) {
        throw new ReferenceDataException(
          ReferenceDataErrorCode.VersionConflict,
          'Someone else changed this designation after you opened it. Reload and try again.',
        );
      }
      const after = await manager.findOneByOrFail(PhysicianScarceDesignation, {
        areaCode,
      });
      await this.audit.record(
        {
          action: 'designation.area-changed',
          actorUserId: actor.id,
          actorEmail: actor.email,
          entityType: 'secondary-medical-area',
          entityId: areaCode,
          before: {
            physicianScarce: before.physicianScarce,
            source: before.source,
            reason: before.reason,
          },
          after: {
            physicianScarce: after.physicianScarce,
            source: after.source,
            reason: after.reason,
          },
          prefectureCode,
        },
        manager,
      );
      // The directory's physician-scarce filter reads a copy: keep the prefecture's hosts in step.
      await this.listings.refreshPrefecture(manager, prefectureCode);
      return {
        areaCode,
        physicianScarce: after.physicianScarce,
        version: after.version,
      };
    });
  }

  async listSpots(prefectureCode: string): Promise<ScarceSpotResponse[]> {
    const spots = await this.dataSource.getRepository(PhysicianScarceSpot).find({ where: { prefectureCode }, order: { municipality: 'ASC' } });
    return spots.map(toSpotResponse);
  }

  async addSpot(actor: CurrentUserContext, prefectureCode: string, request: ScarceSpotRequest): Promise<ScarceSpotResponse> {
    this.assertMayEdit(actor, prefectureCode);
    return this.dataSource.transaction(async (manager) => {
      const municipality = request.municipality.trim();
      if (
        await manager.existsBy(PhysicianScarceSpot, {
          prefectureCode,
          municipality,
        })
      ) {
        throw new ReferenceDataException(ReferenceDataErrorCode.SpotExists, `${municipality} is already a physician-scarce spot.`, {
          municipality: ['already designated'],
        });
      }
      const spot = await manager.save(
        manager.create(PhysicianScarceSpot, {
          prefectureCode,
          municipality,
          reason: request.reason.trim(),
        }),
      );
      await this.audit.record(
        {
          action: 'designation.spot-added',
          actorUserId: actor.id,
          actorEmail: actor.email,
          entityType: 'physician-scarce-spot',
          entityId: spot.id,
          after: { municipality, reason: spot.reason },
          prefectureCode,
        },
        manager,
      );
      await this.listings.refreshPrefecture(manager, prefectureCode);
      return toSpotResponse(spot);
    });
  }

  async removeSpot(actor: CurrentUserContext, prefectureCode: string, spotId: string): Promise<void> {
    this.assertMayEdit(actor, prefectureCode);
    await this.dataSource.transaction(async (manager) => {
      const spot = await manager.findOneBy(PhysicianScarceSpot, {
        id: spotId,
        prefectureCode,
      });
      if (!spot) {
        throw new ReferenceDataException(ReferenceDataErrorCode.SpotNotFound, 'No such physician-scarce spot in this prefecture.');
      }
      await manager.delete(PhysicianScarceSpot, { id: spotId });
      await this.audit.record(
        {
          action: 'designation.spot-removed',
          actorUserId: actor.id,
          actorEmail: actor.email,
          entityType: 'physician-scarce-spot',
          entityId: spotId,
          before: { municipality: spot.municipality, reason: spot.reason },
          prefectureCode,
        },
        manager,
      );
      await this.listings.refreshPrefecture(manager, prefectureCode);
    });
  }

  private assertMayEdit(actor: CurrentUserContext, prefectureCode: string): void {
    if (!mayEditPrefecture(actor, prefectureCode)) {
      throw new ReferenceDataException(
        ReferenceDataErrorCode.OutOfScope,
        'Only this prefecture (or the JMSB) designates its physician-scarce areas and spots.',
      );
    }
  }
}

function toSpotResponse(spot: PhysicianScarceSpot): ScarceSpotResponse {
  return {
    id: spot.id,
    prefectureCode: spot.prefectureCode,
    municipality: spot.municipality,
    reason: spot.reason,
    createdAt: spot.createdAt.toISOString(),
  };
}
