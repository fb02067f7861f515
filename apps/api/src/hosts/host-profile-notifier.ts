import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { RoleAssignment } from '../accounts/entities/role-assignment.entity';
import { UserAccount } from '../accounts/entities/user-account.entity';
import { appConfig, AppConfig } from '../config/app.config';
import { Facility } from '../facilities/facility.entity';
import { MailOutboxService } from '../notifications/mail-outbox.service';
import { HostProfileReviewStep } from '../notifications/mail-templates';

/** Web paths (after /{language}) of the profile screens, used in the review mails. */
export const HOST_PROFILE_PATHS = {
  review: (facilityId: string) => `/host-profiles/${facilityId}`,
  ownProfile: '/host-profile',
};

/**
 * Review mails, enqueued in the step's transaction: a submitted profile to its prefecture's
 * officers; an approved or returned one to the facility's host-facility users.
 */
@Injectable()
export class HostProfileNotifier {
  constructor(
    private readonly outbox: MailOutboxService,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {}

  async notify(manager: EntityManager, facility: Facility, step: HostProfileReviewStep, comment: string | null = null): Promise<number> {
    const query = manager
      .createQueryBuilder(UserAccount, 'account')
      .innerJoin(RoleAssignment, 'assignment', 'assignment.userId = account.id')
      .select(['account.email', 'account.language'])
      .where({ deactivatedAt: IsNull() })
      .distinct(true)
      .orderBy('account.email');
    if (step === 'submitted') {
      query.andWhere("assignment.role = 'prefecture' AND assignment.prefectureCode = :prefectureCode", { prefectureCode: facility.prefectureCode });
    } else {
      query.andWhere("assignment.role = 'host-facility' AND assignment.facilityId = :facilityId", { facilityId: facility.id });
    }
    const recipients = await query.getMany();
    const path = step === 'submitted' ? HOST_PROFILE_PATHS.review(facility.id) : HOST_PROFILE_PATHS.ownProfile;
    for (const recipient of recipients) {
      await this.outbox.enqueue(manager, {
        to: recipient.email,
        language: recipient.language,
        template: 'host-profile-review',
        params: { step, facilityName: facility.name, comment, actionUrl: `${this.config.publicUrl}/${recipient.language}${path}` },
      });
    }
    return recipients.length;
  }
}
