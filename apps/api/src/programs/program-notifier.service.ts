import { Inject, Injectable } from '@nestjs/common';
import { Language } from '@renkei/contract';
import { EntityManager, IsNull } from 'typeorm';
import { RoleAssignment } from '../accounts/entities/role-assignment.entity';
import { UserAccount } from '../accounts/entities/user-account.entity';
import { appConfig, AppConfig } from '../config/app.config';
import { Facility } from '../facilities/facility.entity';
import { MailOutboxService } from '../notifications/mail-outbox.service';
import { ConnectionMailStep } from '../notifications/mail-templates';
import { Specialty } from '../reference-data/entities/specialty.entity';
import { ConnectionRequest } from './entities/connection-request.entity';
import { Program } from './entities/program.entity';

/** Web paths (after /{language}) where the recipients act. */
export const PROGRAM_PATHS = {
  connectionRequests: '/connection-requests',
  program: (programId: string) => `/programs/${programId}`,
};

type Audience = { role: 'base-facility' | 'host-facility'; facilityId: string } | { role: 'prefecture'; prefectureCode: string };

interface Recipient {
  email: string;
  language: Language;
  /** Host-facility users act on the request list; everyone else on the program page. */
  host: boolean;
}

/**
 * Connection request mails, enqueued in the step's transaction: a request to the host's users,
 * an answer to the base's users, a comment to everyone concerned except its author.
 */
@Injectable()
export class ProgramNotifier {
  constructor(
    private readonly outbox: MailOutboxService,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {}

  async notify(
    manager: EntityManager,
    step: ConnectionMailStep,
    program: Program,
    request: ConnectionRequest,
    author: { email: string },
    extra: { comment?: string } = {},
  ): Promise<number> {
    const base = await manager.findOneByOrFail(Facility, { id: program.baseFacilityId });
    const host = await manager.findOneByOrFail(Facility, { id: request.hostFacilityId });
    const specialty = await manager.findOneBy(Specialty, { code: program.specialtyCode });
    const audiences: Audience[] =
      step === 'requested'
        ? [{ role: 'host-facility', facilityId: host.id }]
        : step === 'commented'
          ? [
              { role: 'base-facility', facilityId: base.id },
              { role: 'host-facility', facilityId: host.id },
              { role: 'prefecture', prefectureCode: base.prefectureCode },
              { role: 'prefecture', prefectureCode: host.prefectureCode },
            ]
          : [{ role: 'base-facility', facilityId: base.id }];
    const recipients = new Map<string, Recipient>();
    for (const audience of audiences) {
      for (const account of await this.accounts(manager, audience)) {
        if (account.email !== author.email) {
          const known = recipients.get(account.email);
          recipients.set(account.email, { ...account, host: (known?.host ?? false) || audience.role === 'host-facility' });
        }
      }
    }
    const category = program.decisions.find((decision) => decision.hostFacilityId === host.id)?.result;
    for (const recipient of recipients.values()) {
      const ja = recipient.language === 'ja';
      const facts: [string, string][] = [
        [ja ? '領域' : 'Specialty', (ja ? specialty?.nameJa : specialty?.nameEn) ?? program.specialtyCode],
        [ja ? '区分' : 'Category', (ja ? category?.nameJa : category?.nameEn) ?? program.categoryCode],
      ];
      if (step === 'accepted') {
        facts.push(
          [ja ? '受入人数' : 'Places accepted', `${request.placesAccepted ?? 0}`],
          [ja ? '期間（月）' : 'Months', `${request.monthsAccepted ?? 0}`],
        );
      } else {
        facts.push([ja ? '依頼人数' : 'Places asked', `${request.placesRequested}`], [ja ? '期間（月）' : 'Months', `${request.monthsRequested}`]);
      }
      if (step === 'declined' && request.declineReason) {
        facts.push([ja ? '辞退の理由' : 'Reason', request.declineReason]);
      }
      if (extra.comment) {
        facts.push([ja ? 'コメント' : 'Comment', extra.comment]);
      }
      const path = recipient.host ? PROGRAM_PATHS.connectionRequests : PROGRAM_PATHS.program(program.id);
      await this.outbox.enqueue(manager, {
        to: recipient.email,
        language: recipient.language,
        template: 'connection-step',
        params: {
          step,
          recruitmentYear: program.recruitmentYear,
          baseName: base.name,
          hostName: host.name,
          facts,
          actionUrl: `${this.config.publicUrl}/${recipient.language}${path}`,
        },
      });
    }
    return recipients.size;
  }

  private accounts(manager: EntityManager, audience: Audience): Promise<Pick<UserAccount, 'email' | 'language'>[]> {
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
    } else {
      query.andWhere('assignment.facilityId = :facilityId', { facilityId: audience.facilityId });
    }
    return query.getMany();
  }
}
