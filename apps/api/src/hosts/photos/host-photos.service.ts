import { Injectable } from '@nestjs/common';
import { HOST_PHOTO_MAX_BYTES, HostPhotoRef, HostPhotoResponse, HostProfileContent, MAX_HOST_PHOTOS } from '@renkei/contract';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { CurrentUserContext } from '../../accounts/access/current-user';
import { AuditService } from '../../audit/audit.service';
import { Facility } from '../../facilities/facility.entity';
import { HostProfile } from '../entities/host-profile.entity';
import { mayEdit, mayView } from '../host-profile-access';
import { fileError, HostPhotosErrorCode, HostPhotosException } from './host-photos.exception';
import { HostPhoto } from './host-photo.entity';
import { sniffImage } from './image-sniffer';

/** Photos kept per facility: the profile's photos plus room for uploads not yet saved into the draft. */
export const MAX_STORED_HOST_PHOTOS = MAX_HOST_PHOTOS * 2;

/** A photo with its bytes, and whether the public may cache it (it is in the approved profile). */
export interface ServedPhoto {
  photo: HostPhoto;
  published: boolean;
}

/**
 * Photos of a host's profile. An upload is stored for the facility and placed in the draft by id;
 * the public sees a photo only once an approved profile references it. Photos neither the draft
 * nor the approved profile references are deleted when either changes.
 */
@Injectable()
export class HostPhotosService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async upload(
    actor: CurrentUserContext,
    facilityId: string,
    file: Express.Multer.File | undefined,
    ipAddress: string | null,
  ): Promise<HostPhotoResponse> {
    if (!file || file.size === 0) {
      throw fileError(HostPhotosErrorCode.Rejected, 'Choose an image file (JPEG, PNG or WebP) to upload.');
    }
    if (file.size > HOST_PHOTO_MAX_BYTES) {
      throw fileError(HostPhotosErrorCode.TooLarge, `file must be at most ${HOST_PHOTO_MAX_BYTES / (1024 * 1024)} MB`);
    }
    const image = sniffImage(file.buffer);
    if (!image) {
      throw fileError(HostPhotosErrorCode.Rejected, 'file must be a JPEG, PNG or WebP image (its content is checked, not its name).');
    }
    return this.dataSource.transaction(async (manager) => {
      // The facility row is locked so two uploads cannot both pass the limit.
      const facility = await manager.findOne(Facility, { where: { id: facilityId }, lock: { mode: 'pessimistic_write' } });
      if (!facility || !facility.isHost) throw notFound('No such host facility.');
      if (!mayEdit(actor, facility)) {
        throw new HostPhotosException(
          HostPhotosErrorCode.OutOfScope,
          'You can add photos only to your own facility’s profile (or your prefecture’s hosts).',
        );
      }
      if ((await manager.countBy(HostPhoto, { facilityId })) >= MAX_STORED_HOST_PHOTOS) {
        throw fileError(
          HostPhotosErrorCode.TooMany,
          `This facility already has ${MAX_STORED_HOST_PHOTOS} stored photos: save the profile (photos it does not use are then removed) and upload again.`,
        );
      }
      const photo = await manager.save(manager.create(HostPhoto, { facilityId, ...image, byteSize: file.buffer.length, bytes: file.buffer }));
      await this.audit.record(
        {
          action: 'host-photo.uploaded',
          actorUserId: actor.id,
          actorEmail: actor.email,
          entityType: 'host-photo',
          entityId: photo.id,
          after: { contentType: photo.contentType, byteSize: photo.byteSize, width: photo.width, height: photo.height },
          prefectureCode: facility.prefectureCode,
          facilityId,
          ipAddress,
        },
        manager,
      );
      return toPhotoResponse(photo);
    });
  }

  /** The photo if the viewer may see it: anyone when the approved profile shows it, else whoever may read the draft (as `GET` the profile). */
  async open(viewer: CurrentUserContext | undefined, photoId: string): Promise<ServedPhoto> {
    const manager = this.dataSource.manager;
    const photo = await manager.createQueryBuilder(HostPhoto, 'photo').addSelect('photo.bytes').where('photo.id = :photoId', { photoId }).getOne();
    if (!photo) throw notFound('No such photo.');
    const profile = await manager.findOneBy(HostProfile, { facilityId: photo.facilityId });
    if (referenced(profile?.published).has(photo.id)) {
      return { photo, published: true };
    }
    const facility = viewer ? await manager.findOneBy(Facility, { id: photo.facilityId }) : null;
    if (viewer && facility && mayView(viewer, facility)) {
      return { photo, published: false };
    }
    throw notFound('No such photo.');
  }

  /** Refuses a draft that places photos this facility did not upload (field error on `photos`). */
  async assertOwnPhotos(manager: EntityManager, facilityId: string, refs: HostPhotoRef[] | undefined): Promise<void> {
    const ids = [...new Set((refs ?? []).map((ref) => ref.id))];
    if (ids.length === 0) return;
    const found = await manager.countBy(HostPhoto, { facilityId, id: In(ids) });
    if (found !== ids.length) {
      const message = 'photos must be photos uploaded for this facility';
      throw new HostPhotosException(HostPhotosErrorCode.NotThisFacility, message, { photos: [message] });
    }
  }

  /** Deletes the facility's photos that none of the given profile versions references. */
  async deleteUnreferenced(manager: EntityManager, facilityId: string, ...contents: (HostProfileContent | null | undefined)[]): Promise<void> {
    const keep = [...new Set(contents.flatMap((content) => [...referenced(content)]))];
    await manager.delete(HostPhoto, keep.length > 0 ? { facilityId, id: Not(In(keep)) } : { facilityId });
  }
}

function referenced(content: HostProfileContent | null | undefined): Set<string> {
  return new Set((content?.photos ?? []).map((ref) => ref.id));
}

export function toPhotoResponse(photo: HostPhoto): HostPhotoResponse {
  return { id: photo.id, contentType: photo.contentType, byteSize: photo.byteSize, width: photo.width, height: photo.height };
}

function notFound(message: string): HostPhotosException {
  return new HostPhotosException(HostPhotosErrorCode.NotFound, message);
}
