import { Injectable } from '@nestjs/common';
import {
  HostProfileContent,
  HostProfileListQuery,
  HostProfileResponse,
  HostProfileSummary,
  ReturnRequest,
  UpdateHostProfileRequest,
} from '@renkei/contract';
import { DataSource, EntityManager, In } from 'typeorm';
import { CurrentUserContext } from '../accounts/access/current-user';
import { AuditService } from '../audit/audit.service';
import { Facility } from '../facilities/facility.entity';
import { HostListingIndexer } from './directory/host-listing.indexer';
import { HostProfile } from './entities/host-profile.entity';
import { mayEdit, mayReview } from './host-profile-access';
import { HostProfileNotifier } from './host-profile-notifier';
import { HostProfilesErrorCode, HostProfilesException } from './host-profiles.exception';
import { HostPlacesService } from './host-places.service';
import { HostPhotosService } from './photos/host-photos.service';
import { emptyProfile, profileCompleteness } from './profile-completeness';

/**
 * Host profiles: the host writes a draft and submits it; its prefecture approves (the draft becomes
 * the public version) or returns it with a comment. The last approved version stays public meanwhile.
 */
@Injectable()
export class HostProfilesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly places: HostPlacesService,
    private readonly photos: HostPhotosService,
    private readonly notifier: HostProfileNotifier,
    private readonly listings: HostListingIndexer,
  ) {}

  /**
   * The profiles of a prefecture's host facilities (its review queue): a prefectural officer sees
   * their own prefecture, the JMSB any. Hosts that never wrote a profile are listed as empty drafts.
   */
  async list(viewer: CurrentUserContext, query: HostProfileListQuery): Promise<HostProfileSummary[]> {
    const ownPrefectures = viewer.roles.flatMap((role) => (role.role === 'prefecture' ? [role.prefectureCode] : []));
    const isJmsb = viewer.roles.some((role) => role.role === 'jmsb');
    const prefectureCode = query.prefecture ?? (ownPrefectures.length === 1 ? ownPrefectures[0] : undefined);
    if (!prefectureCode) {
      const message = 'Name the prefecture whose host profiles you want (?prefecture=02).';
      throw new HostProfilesException(HostProfilesErrorCode.InvalidQuery, message, { prefecture: [message] });
    }
    if (!isJmsb && !ownPrefectures.includes(prefectureCode)) {
      throw new HostProfilesException(HostProfilesErrorCode.OutOfScope, 'You can list only your own prefecture’s host profiles.');
    }
    const facilities = await this.dataSource.manager.find(Facility, {
      where: { prefectureCode, isHost: true },
      order: { facilityCode: 'ASC' },
    });
    const profiles = new Map(
      (await this.dataSource.manager.findBy(HostProfile, { facilityId: In(facilities.map((facility) => facility.id)) })).map((profile) => [
        profile.facilityId,
        profile,
      ]),
    );
    return facilities
      .map((facility): HostProfileSummary => {
        const profile = profiles.get(facility.id);
        return {
          facilityId: facility.id,
          facilityCode: facility.facilityCode,
          facilityName: facility.name,
          prefectureCode: facility.prefectureCode,
          status: profile?.status ?? 'draft',
          completeness: profileCompleteness(profile?.draft ?? emptyProfile()).percent,
          updatedAt: profile?.updatedAt.toISOString() ?? null,
          version: profile?.version ?? 0,
        };
      })
      .filter((summary) => !query.status || summary.status === query.status);
  }

  async get(viewer: CurrentUserContext, facilityId: string): Promise<HostProfileResponse> {
    const facility = await this.findFacility(this.dataSource.manager, facilityId);
    if (!mayEdit(viewer, facility) && !viewer.roles.some((role) => role.role === 'jmsb')) {
      throw notFound();
    }
    const profile = await this.dataSource.manager.findOneBy(HostProfile, { facilityId });
    return this.toResponse(this.dataSource.manager, facility, profile);
  }

  async update(
    actor: CurrentUserContext,
    facilityId: string,
    request: UpdateHostProfileRequest,
    ipAddress: string | null,
  ): Promise<HostProfileResponse> {
    return this.dataSource.transaction(async (manager) => {
      const { facility, profile } = await this.lockForEditing(manager, actor, facilityId, request.version);
      if (profile?.status === 'submitted') {
        throw illegal('The profile is waiting for the prefecture’s review: it can change again once reviewed or returned.');
      }
      await this.photos.assertOwnPhotos(manager, facilityId, request.photos);
      const draft: HostProfileContent = {
        nameReading: request.nameReading ?? null,
        training: request.training,
        living: request.living,
        message: request.message ?? null,
        contact: request.contact,
        photos: request.photos ?? [],
      };
      const saved = await manager.save(
        profile
          ? Object.assign(profile, { draft, status: profile.status === 'returned' ? 'returned' : 'draft' })
          : manager.create(HostProfile, {
              facilityId,
              draft,
              status: 'draft',
              published: null,
              publishedAt: null,
              reviewComment: null,
              reviewedBy: null,
            }),
      );
      await this.photos.deleteUnreferenced(manager, facilityId, draft, saved.published);
      await this.record(manager, actor, 'host-profile.updated', facility, ipAddress, { completeness: profileCompleteness(draft).percent });
      return this.toResponse(manager, facility, saved);
    });
  }

  async submit(actor: CurrentUserContext, facilityId: string, version: number, ipAddress: string | null): Promise<HostProfileResponse> {
    return this.dataSource.transaction(async (manager) => {
      const { facility, profile } = await this.lockForEditing(manager, actor, facilityId, version);
      if (!profile || profile.status === 'submitted' || profile.status === 'approved') {
        throw illegal(
          profile?.status === 'submitted' ? 'The profile is already waiting for review.' : 'Save changes to the profile before submitting it.',
        );
      }
      profile.status = 'submitted';
      profile.reviewComment = null;
      const saved = await manager.save(profile);
      await this.record(manager, actor, 'host-profile.submitted', facility, ipAddress);
      await this.notifier.notify(manager, facility, 'submitted');
      return this.toResponse(manager, facility, saved);
    });
  }

  /** The prefecture approves the submitted draft: it becomes the public version. */
  async approve(actor: CurrentUserContext, facilityId: string, version: number, ipAddress: string | null): Promise<HostProfileResponse> {
    return this.dataSource.transaction(async (manager) => {
      const { facility, profile } = await this.lockForReview(manager, actor, facilityId, version);
      Object.assign(profile, { status: 'approved', published: profile.draft, publishedAt: new Date(), reviewedBy: actor.id, reviewComment: null });
      const saved = await manager.save(profile);
      await this.listings.refreshFacility(manager, facilityId);
      await this.record(manager, actor, 'host-profile.approved', facility, ipAddress);
      await this.photos.deleteUnreferenced(manager, facilityId, saved.published);
      await this.notifier.notify(manager, facility, 'approved');
      return this.toResponse(manager, facility, saved);
    });
  }

  async returnToHost(actor: CurrentUserContext, facilityId: string, request: ReturnRequest, ipAddress: string | null): Promise<HostProfileResponse> {
    return this.dataSource.transaction(async (manager) => {
      const { facility, profile } = await this.lockForReview(manager, actor, facilityId, request.version);
      Object.assign(profile, { status: 'returned', reviewedBy: actor.id, reviewComment: request.comment.trim() });
      const saved = await manager.save(profile);
      await this.record(manager, actor, 'host-profile.returned', facility, ipAddress, { comment: saved.reviewComment });
      await this.notifier.notify(manager, facility, 'returned', saved.reviewComment);
      return this.toResponse(manager, facility, saved);
    });
  }

  private async toResponse(manager: EntityManager, facility: Facility, profile: HostProfile | null): Promise<HostProfileResponse> {
    const draft = profile?.draft ?? emptyProfile();
    return {
      facilityId: facility.id,
      facilityCode: facility.facilityCode,
      facilityName: facility.name,
      prefectureCode: facility.prefectureCode,
      status: profile?.status ?? 'draft',
      draft,
      completeness: profileCompleteness(draft),
      published: profile?.published ?? null,
      publishedAt: profile?.publishedAt?.toISOString() ?? null,
      reviewComment: profile?.reviewComment ?? null,
      places: await this.places.placesOf(manager, facility.id),
      version: profile?.version ?? 0,
    };
  }

  private async lockForEditing(manager: EntityManager, actor: CurrentUserContext, facilityId: string, version: number) {
    const facility = await this.findFacility(manager, facilityId);
    if (!mayEdit(actor, facility)) {
      throw new HostProfilesException(
        HostProfilesErrorCode.OutOfScope,
        'You can edit only your own facility’s profile (or your prefecture’s hosts).',
      );
    }
    const profile = await manager.findOne(HostProfile, { where: { facilityId }, lock: { mode: 'pessimistic_write' } });
    // A profile not written yet is version 0 to its first editor.
    if ((profile?.version ?? 0) !== version) {
      throw new HostProfilesException(
        HostProfilesErrorCode.VersionConflict,
        'Someone else saved this profile after you opened it. Reload to see their changes, then edit again.',
      );
    }
    return { facility, profile };
  }

  private async lockForReview(manager: EntityManager, actor: CurrentUserContext, facilityId: string, version: number) {
    const facility = await this.findFacility(manager, facilityId);
    if (!mayReview(actor, facility)) {
      throw new HostProfilesException(HostProfilesErrorCode.OutOfScope, 'Only the facility’s prefecture reviews its profile.');
    }
    const { profile } = await this.lockForEditing(manager, actor, facilityId, version);
    if (profile?.status !== 'submitted') {
      throw illegal('Only a submitted profile can be approved or returned.');
    }
    return { facility, profile };
  }

  private async findFacility(manager: EntityManager, facilityId: string): Promise<Facility> {
    const facility = await manager.findOneBy(Facility, { id: facilityId });
    if (!facility || !facility.isHost) throw notFound();
    return facility;
  }

  private record(
    manager: EntityManager,
    actor: CurrentUserContext,
    action: string,
    facility: Facility,
    ipAddress: string | null,
    after: Record<string, unknown> = {},
  ) {
    return this.audit.record(
      {
        action,
        actorUserId: actor.id,
        actorEmail: actor.email,
        entityType: 'host-profile',
        entityId: facility.id,
        after,
        prefectureCode: facility.prefectureCode,
        facilityId: facility.id,
        ipAddress,
      },
      manager,
    );
  }
}

function notFound(): HostProfilesException {
  return new HostProfilesException(HostProfilesErrorCode.NotFound, 'No such host facility.');
}

function illegal(message: string): HostProfilesException {
  return new HostProfilesException(HostProfilesErrorCode.IllegalTransition, message);
}
