import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hashPassword } from '../accounts/auth/password';
import { RoleAssignment } from '../accounts/entities/role-assignment.entity';
import { UserAccount } from '../accounts/entities/user-account.entity';
import { withStartupLock } from '../database/schema-migrator';
import { Facility } from '../facilities/facility.entity';
import { Prefecture } from '../reference-data/entities/prefecture.entity';
import { SecondaryMedicalArea } from '../reference-data/entities/secondary-medical-area.entity';
import { DEMO_ACCOUNTS, DEMO_FACILITIES, DEMO_PASSWORD } from './demo-data';
import { DemoRoundSeeder } from './demo-round.seeder';
import { sampleFacilities } from './sample-facilities';

/** Creates the demo facilities, one account per role and a published round, once; never touches anything else. */
@Injectable()
export class DemoDataSeeder {
  private readonly logger = new Logger(DemoDataSeeder.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly demoRound: DemoRoundSeeder,
  ) {}

  async seed(): Promise<void> {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await withStartupLock(this.dataSource, () =>
      this.dataSource.transaction(async (manager) => {
        await manager
          .createQueryBuilder()
          .insert()
          .into(Facility)
          .values(DEMO_FACILITIES.map((facility) => ({ ...facility, sample: true })))
          .orIgnore()
          .execute();
        const prefectureNames = new Map((await manager.find(Prefecture)).map((prefecture) => [prefecture.code, prefecture.nameJa]));
        const samples = sampleFacilities(await manager.find(SecondaryMedicalArea, { order: { code: 'ASC' } }), prefectureNames);
        await manager
          .createQueryBuilder()
          .insert()
          .into(Facility)
          .values(
            samples.map((facility) => ({
              ...facility,
              kind: 'hospital' as const,
              sample: true,
            })),
          )
          .orIgnore()
          .execute();
        const facilities = await manager.find(Facility, {
          where: DEMO_FACILITIES.map(({ facilityCode }) => ({ facilityCode })),
        });
        const facilityIds = new Map(facilities.map((facility) => [facility.facilityCode, facility.id]));
        let created = 0;
        for (const account of DEMO_ACCOUNTS) {
          if (await manager.existsBy(UserAccount, { email: account.email })) {
            continue;
          }
          const user = await manager.save(
            manager.create(UserAccount, {
              email: account.email,
              displayName: account.displayName,
              language: 'ja',
              passwordHash,
              deactivatedAt: null,
            }),
          );
          await manager.insert(RoleAssignment, {
            userId: user.id,
            role: account.role,
            prefectureCode: account.scope.prefectureCode ?? null,
            specialtyCode: account.scope.specialtyCode ?? null,
            facilityId: account.scope.facilityCode ? (facilityIds.get(account.scope.facilityCode) ?? null) : null,
          });
          created += 1;
        }
        if (created > 0) {
          this.logger.log(`Created ${created} demo accounts`);
        }
        const jmsb = await manager.findOneByOrFail(UserAccount, { email: DEMO_ACCOUNTS.find((account) => account.role === 'jmsb')?.email });
        await this.demoRound.seed(manager, jmsb.id);
      }),
    );
  }

  /** What `npm start` prints so people can sign in. */
  describe(baseUrl: string): string {
    const width = Math.max(...DEMO_ACCOUNTS.map((account) => account.email.length));
    return [
      `Demo accounts (password for all: ${DEMO_PASSWORD}) — sign in at ${baseUrl}/ja/sign-in`,
      ...DEMO_ACCOUNTS.map((account) => `  ${account.email.padEnd(width)}  ${account.description}`),
    ].join('\n');
  }
}
