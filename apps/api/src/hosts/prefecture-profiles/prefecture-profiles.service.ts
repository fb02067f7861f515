import { Injectable } from '@nestjs/common';
import { PrefectureProfileContent, PrefectureProfileResponse, UpdatePrefectureProfileRequest } from '@renkei/contract';
import { DataSource } from 'typeorm';
import { CurrentUserContext } from '../../accounts/access/current-user';
import { AuditService } from '../../audit/audit.service';
import { Prefecture } from '../../reference-data/entities/prefecture.entity';
import { HostProfilesErrorCode, HostProfilesException } from '../host-profiles.exception';
import { PrefectureProfile } from './prefecture-profile.entity';

/** A prefecture's master profile: written by its officers, shown on every host page in the prefecture. */
@Injectable()
export class PrefectureProfilesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(prefectureCode: string): Promise<PrefectureProfileResponse> {
    await this.findPrefecture(prefectureCode);
    return toResponse(prefectureCode, await this.dataSource.manager.findOneBy(PrefectureProfile, { prefectureCode }));
  }

  /** The route's access rule already limits this to the prefecture's own officers. */
  async update(
    actor: CurrentUserContext,
    prefectureCode: string,
    request: UpdatePrefectureProfileRequest,
    ipAddress: string | null,
  ): Promise<PrefectureProfileResponse> {
    await this.findPrefecture(prefectureCode);
    return this.dataSource.transaction(async (manager) => {
      const profile = await manager.findOne(PrefectureProfile, { where: { prefectureCode }, lock: { mode: 'pessimistic_write' } });
      // Never saved: version 0 to its first editor.
      if ((profile?.version ?? 0) !== request.version) {
        throw new HostProfilesException(
          HostProfilesErrorCode.VersionConflict,
          'Someone else saved this prefecture profile after you opened it. Reload to see their changes, then edit again.',
        );
      }
      const content: PrefectureProfileContent = {
        supportProgrammes: request.supportProgrammes ?? null,
        allowances: request.allowances ?? null,
        livingCosts: request.livingCosts ?? null,
        message: request.message ?? null,
        websiteUrl: request.websiteUrl ?? null,
      };
      const before = profile?.content ?? null;
      const saved = await manager.save(
        profile ? Object.assign(profile, { content }) : manager.create(PrefectureProfile, { prefectureCode, content }),
      );
      await this.audit.record(
        {
          action: 'prefecture-profile.updated',
          actorUserId: actor.id,
          actorEmail: actor.email,
          entityType: 'prefecture-profile',
          entityId: prefectureCode,
          before: before ? { ...before } : null,
          after: { ...content },
          prefectureCode,
          ipAddress,
        },
        manager,
      );
      return toResponse(prefectureCode, saved);
    });
  }

  private async findPrefecture(code: string): Promise<void> {
    if (!(await this.dataSource.manager.existsBy(Prefecture, { code }))) {
      throw new HostProfilesException(HostProfilesErrorCode.NotFound, `No prefecture has the code ${code}.`);
    }
  }
}

function toResponse(prefectureCode: string, profile: PrefectureProfile | null): PrefectureProfileResponse {
  return {
    prefectureCode,
    content: profile?.content ?? {},
    updatedAt: profile?.updatedAt.toISOString() ?? null,
    version: profile?.version ?? 0,
  };
}
