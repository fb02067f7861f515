import { Inject, Injectable } from '@nestjs/common';
import { Language } from '@renkei/contract';
import { EntityManager, IsNull } from 'typeorm';
import { RoleAssignment } from '../accounts/entities/role-assignment.entity';
import { UserAccount } from '../accounts/entities/user-account.entity';
import { appConfig, AppConfig } from '../config/app.config';
import { Facility } from '../facilities/facility.entity';
import { MailOutboxService } from '../notifications/mail-outbox.service';
import { NominationMailStep } from '../notifications/mail-templates';
import { Prefecture } from '../reference-data/entities/prefecture.entity';
import { Specialty } from '../reference-data/entities/specialty.entity';
import { NominationRound } from './entities/nomination-round.entity';

/** Who receives a step's e-mail: everyone holding the role in that scope. */
export type Audience =
  | { role: 'jmsb' }
  | { role: 'prefecture'; prefectureCode: string }
  | { role: 'society'; specialtyCode: string }
  | { role: 'host-facility'; facilityId: string };

export interface StepMail {
  step: NominationMailStep;
  audience: Audience;
  /** The prefecture or specialty the step concerns (named in each recipient's language). */
  about: { prefectureCode: string } | { specialtyCode: string } | { facilityId: string } | null;
  /** Web path (after /{language}) where the recipient acts. */
  path: string;
  deadline?: Date | null;
  comment?: string | null;
  facts?: (language: Language) => [string, string][];
}

/** Enqueues a workflow step's e-mail to whoever acts next, in the step's transaction. */
@Injectable()
export class NominationNotifier {
  constructor(
    private readonly outbox: MailOutboxService,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {}

  async notify(manager: EntityManager, round: NominationRound, mail: StepMail): Promise<number> {
    const recipients = await this.recipients(manager, mail.audience);
    const names = await this.subjectNames(manager, mail.about);
    for (const recipient of recipients) {
      await this.outbox.enqueue(manager, {
        to: recipient.email,
        language: recipient.language,
        template: 'nomination-step',
        params: {
          step: mail.step,
          recruitmentYear: round.recruitmentYear,
          subject: names[recipient.language],
          deadline: mail.deadline ?? null,
          comment: mail.comment ?? null,
          facts: mail.facts?.(recipient.language) ?? [],
          actionUrl: `${this.config.publicUrl}/${recipient.language}${mail.path}`,
        },
      });
    }
    return recipients.length;
  }

  /** Active accounts holding the role in the scope. */
  private async recipients(manager: EntityManager, audience: Audience): Promise<Pick<UserAccount, 'email' | 'language'>[]> {
    const query = manager
      .createQueryBuilder(UserAccount, 'account')
      .innerJoin(RoleAssignment, 'assignment', 'assignment.userId = account.id')
      .select(['account.email', 'account.language'])
      .where('assignment.role = :role', { role: audience.role })
      .andWhere({ deactivatedAt: IsNull() })
      .distinct(true)
      .orderBy('account.email');
    if (audience.role === 'prefecture') {
      query.andWhere('assignment.prefectureCode = :prefectureCode', { prefectureCode: audience.prefectureCode });
    }
    if (audience.role === 'society') {
      query.andWhere('assignment.specialtyCode = :specialtyCode', { specialtyCode: audience.specialtyCode });
    }
    if (audience.role === 'host-facility') {
      query.andWhere('assignment.facilityId = :facilityId', { facilityId: audience.facilityId });
    }
    return query.getMany();
  }

  private async subjectNames(manager: EntityManager, about: StepMail['about']): Promise<Record<Language, string>> {
    if (about && 'prefectureCode' in about) {
      const prefecture = await manager.findOneByOrFail(Prefecture, { code: about.prefectureCode });
      return { ja: prefecture.nameJa, en: prefecture.nameEn };
    }
    if (about && 'specialtyCode' in about) {
      const specialty = await manager.findOneByOrFail(Specialty, { code: about.specialtyCode });
      return { ja: specialty.nameJa, en: specialty.nameEn };
    }
    if (about && 'facilityId' in about) {
      const facility = await manager.findOneByOrFail(Facility, { id: about.facilityId });
      return { ja: facility.name, en: facility.name };
    }
    return { ja: '全国', en: 'all prefectures' };
  }
}

/** Web paths of the nomination screens, used in e-mails and tasks. */
export const NOMINATION_PATHS = {
  round: (roundId: string) => `/nominations/rounds/${roundId}`,
  prefectureList: (roundId: string, prefectureCode: string) => `/nominations/rounds/${roundId}/prefectures/${prefectureCode}`,
  review: (roundId: string, specialtyCode: string) => `/nominations/rounds/${roundId}/review/${specialtyCode}`,
  published: (roundId: string) => `/hosts/lists/${roundId}`,
  hostProfile: '/host-profile',
};
