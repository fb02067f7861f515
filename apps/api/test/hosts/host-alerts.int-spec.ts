import { randomUUID } from 'node:crypto';
import { HostAlertResponse, HostProfileResponse } from '@renkei/contract';
import { DataSource } from 'typeorm';
import { RuleSetRecord } from '../../src/eligibility/entities/rule-set.entity';
import { Facility } from '../../src/facilities/facility.entity';
import { HostAlertSubscription } from '../../src/host-alerts/entities/host-alert-subscription.entity';
import { HostAlertsService } from '../../src/host-alerts/host-alerts.service';
import { Candidate } from '../../src/nominations/entities/candidate.entity';
import { NominationRound } from '../../src/nominations/entities/nomination-round.entity';
import { PrefectureSubmission } from '../../src/nominations/entities/prefecture-submission.entity';
import { OutboxMessage } from '../../src/notifications/outbox-message.entity';
import { eventually } from '../notifications/mail-test-app';
import { SmtpCatcher } from '../notifications/smtp-catcher';
import { createUser, TestClient } from '../utils/accounts';
import { freePort } from '../utils/free-port';
import { createTestApp, TestApp } from '../utils/test-app';

/** A recruitment year no other spec uses; its round is removed afterwards so it never becomes anyone's "current round". */
const YEAR = 2031;
const PUBLIC_URL = 'https://renkei.example.jp';

describe('host alerts (double opt-in) and profile review mails, through a real SMTP server on loopback', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let smtp: SmtpCatcher;
  let alerts: HostAlertsService;
  let visitor: TestClient;
  let jmsb: TestClient;
  let jmsbId: string;
  let host: Facility;
  let secondHost: Facility;
  let notHost: Facility;

  const signedIn = async (options: Parameters<typeof createUser>[1]) => {
    const user = await createUser(dataSource, options);
    const client = await new TestClient(testApp.http).start();
    await client.signIn(user.email);
    return { client, user };
  };

  const mailsTo = (address: string) => smtp.received.filter((received) => received.envelopeTo.includes(address)).map((received) => received.mail);

  /** Waits for the `count`-th mail to the address and returns it. */
  async function nthMailTo(address: string, count: number) {
    await eventually(`${count} mails reach ${address}`, () => Promise.resolve(mailsTo(address).length >= count));
    const mails = mailsTo(address);
    expect(mails).toHaveLength(count);
    return mails[count - 1];
  }

  function tokenIn(text: string | undefined, kind: 'confirm' | 'unsubscribe'): string {
    const match = new RegExp(`${PUBLIC_URL.replaceAll('.', '\\.')}/(?:ja|en)/hosts/alerts/${kind}\\?token=([A-Za-z0-9_-]{43})`).exec(text ?? '');
    if (!match?.[1]) {
      throw new Error(`no ${kind} link in:\n${text}`);
    }
    return match[1];
  }

  const acceptableNumberChanged = (facilityId: string) =>
    dataSource.transaction((manager) => alerts.notifyAcceptableNumberChanged(manager, facilityId, 'internal-medicine', 2, 3));

  /** A round of YEAR in review with one confirmed candidate (the facility, internal medicine), then published by the JMSB. */
  async function publishRoundWith(facility: Facility): Promise<void> {
    const ruleSets = dataSource.getRepository(RuleSetRecord);
    const rules2027 = await ruleSets.findOneByOrFail({ recruitmentYear: 2027, status: 'active' });
    const ruleSet = await ruleSets.save({
      recruitmentYear: YEAR,
      version: 1,
      status: 'active',
      definition: { ...rules2027.definition, id: `test-${YEAR}` },
      sourceNote: 'test copy of the 2027 rules',
      createdBy: null,
      activatedAt: new Date(),
    });
    const round = await dataSource.getRepository(NominationRound).save({
      recruitmentYear: YEAR,
      ruleSetId: ruleSet.id,
      status: 'reviewing',
      prefectureDeadline: new Date(),
      societyDeadline: new Date(),
      message: '',
      expectedPlaces: {},
      openedBy: jmsbId,
      sentToSocietiesAt: new Date(),
    });
    const submission = await dataSource
      .getRepository(PrefectureSubmission)
      .save({ roundId: round.id, prefectureCode: facility.prefectureCode, status: 'submitted', submittedAt: new Date() });
    await dataSource.getRepository(Candidate).save({
      submissionId: submission.id,
      roundId: round.id,
      prefectureCode: facility.prefectureCode,
      facilityId: facility.id,
      specialtyCode: 'internal-medicine',
      acceptableNumber: 2,
      acceptablePeriods: [{ startMonth: `${YEAR + 1}-04`, months: 12 }],
      contactName: '青森 花子',
      contactEmail: 'hanako@example.jp',
      contactPhone: '017-000-0000',
      councilConsultedOn: `${YEAR}-12-10`,
      councilNote: '地域医療対策協議会で了承',
      reviewStatus: 'confirmed',
    });
    await jmsb.post(`/api/rounds/${round.id}/publish`).send({ version: round.version }).expect(200);
  }

  beforeAll(async () => {
    smtp = await SmtpCatcher.start(await freePort());
    process.env['SMTP_URL'] = `smtp://127.0.0.1:${smtp.port}`;
    process.env['MAIL_POLL_INTERVAL_MS'] = '50';
    process.env['PUBLIC_URL'] = PUBLIC_URL;
    testApp = await createTestApp();
    dataSource = testApp.app.get(DataSource);
    alerts = testApp.app.get(HostAlertsService);
    const facilities = dataSource.getRepository(Facility);
    const facility = (name: string, areaCode: string, isHost: boolean) =>
      facilities.save({
        facilityCode: `AL-${randomUUID().slice(0, 6)}`,
        name,
        prefectureCode: '02',
        secondaryMedicalAreaCode: areaCode,
        municipality: '五所川原市',
        address: '青森県五所川原市テスト1',
        isHost,
        sample: false,
      });
    host = await facility('お知らせテスト病院', '0204', true);
    secondHost = await facility('もうひとつのお知らせ病院', '0201', true);
    notHost = await facility('連携先ではない病院', '0201', false);
    visitor = await new TestClient(testApp.http).start();
    const signedInJmsb = await signedIn({ role: 'jmsb' });
    jmsb = signedInJmsb.client;
    jmsbId = signedInJmsb.user.id;
  });

  afterAll(async () => {
    await dataSource.getRepository(NominationRound).delete({ recruitmentYear: YEAR });
    await dataSource.getRepository(RuleSetRecord).delete({ recruitmentYear: YEAR });
    await testApp.close();
    await smtp.stop();
    delete process.env['SMTP_URL'];
    delete process.env['MAIL_POLL_INTERVAL_MS'];
    delete process.env['PUBLIC_URL'];
  });

  it('checks the form field by field, answers the same whatever the address, and refuses unknown tokens', async () => {
    const invalid = await visitor.post('/api/host-alerts').send({ email: 'not-an-address', facilityIds: [], language: 'fr' }).expect(400);
    expect(Object.keys(invalid.body.fieldErrors)).toEqual(expect.arrayContaining(['email', 'facilityIds', 'language']));
    await visitor
      .post('/api/host-alerts')
      .send({ email: 'someone@example.jp', facilityIds: ['not-a-uuid'], language: 'ja' })
      .expect(400)
      .expect((response) => expect(response.body.fieldErrors.facilityIds).toEqual(['facilityIds must be host facility ids']));

    // Not hosts (or not facilities at all): the same answer, and nothing stored or sent.
    const nobody = `nobody-${randomUUID().slice(0, 8)}@test.renkei.invalid`;
    const answer = await visitor
      .post('/api/host-alerts')
      .send({ email: nobody, facilityIds: [notHost.id, randomUUID()], language: 'en' })
      .expect(202);
    expect(answer.body).toEqual({ status: 'confirmation-sent' });
    expect(await dataSource.getRepository(OutboxMessage).countBy({ recipient: nobody })).toBe(0);
    expect(await dataSource.getRepository(HostAlertSubscription).countBy({ email: nobody })).toBe(0);

    // A confirmation link stops working after its week; the unconfirmed address is then forgotten.
    const late = `late-${randomUUID().slice(0, 8)}@test.renkei.invalid`;
    await visitor
      .post('/api/host-alerts')
      .send({ email: late, facilityIds: [host.id], language: 'en' })
      .expect(202);
    const lateMail = await nthMailTo(late, 1);
    expect(lateMail?.subject).toBe('Please confirm your renkei host alerts');
    await dataSource.query(
      `UPDATE host_alert_token SET expires_at = now() - interval '1 minute'
        WHERE purpose = 'confirm' AND subscription_id = (SELECT id FROM host_alert_subscription WHERE email = $1)`,
      [late],
    );
    await visitor
      .post('/api/host-alerts/confirm')
      .send({ token: tokenIn(lateMail?.text, 'confirm') })
      .expect(404);
    await visitor
      .post('/api/host-alerts')
      .send({ email: nobody, facilityIds: [notHost.id], language: 'en' })
      .expect(202);
    expect(await dataSource.getRepository(HostAlertSubscription).countBy({ email: late })).toBe(0);

    for (const action of ['confirm', 'unsubscribe']) {
      const unknown = await visitor
        .post(`/api/host-alerts/${action}`)
        .send({ token: 'A'.repeat(43) })
        .expect(404);
      expect(unknown.body).toMatchObject({ code: 'HOST_ALERT_TOKEN_UNKNOWN', fieldErrors: { token: [expect.any(String)] } });
      await visitor
        .post(`/api/host-alerts/${action}`)
        .send({ token: 'short' })
        .expect(400)
        .expect((response) => expect(response.body.fieldErrors.token).toEqual(['token must be the token from the e-mail link']));
    }
  });

  it('mails a confirmation, sends nothing before it is confirmed, then tells of a publication and a changed number until unsubscribed', async () => {
    const address = `visitor-${randomUUID().slice(0, 8)}@test.renkei.invalid`;
    await visitor
      .post('/api/host-alerts')
      .send({ email: address, facilityIds: [host.id, notHost.id], language: 'ja' })
      .expect(202);
    const confirmation = await nthMailTo(address, 1);
    expect(confirmation?.subject).toBe('【renkei】連携先施設のお知らせメールの登録確認');
    expect(confirmation?.text).toContain(host.name);
    expect(confirmation?.text).toContain(`${PUBLIC_URL}/ja/hosts/${host.id}`);
    expect(confirmation?.text).not.toContain(notHost.name);
    const confirmToken = tokenIn(confirmation?.text, 'confirm');
    tokenIn(confirmation?.text, 'unsubscribe');

    // Unconfirmed: a change of the saved host mails nobody.
    expect(await acceptableNumberChanged(host.id)).toBe(0);

    const confirmed = (await visitor.post('/api/host-alerts/confirm').send({ token: confirmToken }).expect(200)).body as HostAlertResponse;
    expect(confirmed).toEqual({ status: 'confirmed', hosts: [{ facilityId: host.id, name: host.name }] });
    await visitor.post('/api/host-alerts/confirm').send({ token: confirmToken }).expect(404);

    // Saving another host from the same address (any case) merges it, once that is confirmed too.
    await visitor
      .post('/api/host-alerts')
      .send({ email: address.toUpperCase(), facilityIds: [host.id, secondHost.id], language: 'ja' })
      .expect(202);
    const second = await nthMailTo(address, 2);
    expect(second?.text).toContain(secondHost.name);
    expect(second?.text).not.toContain(host.name);
    const merged = (
      await visitor
        .post('/api/host-alerts/confirm')
        .send({ token: tokenIn(second?.text, 'confirm') })
        .expect(200)
    ).body as HostAlertResponse;
    expect(merged.hosts.map((saved) => saved.facilityId).sort()).toEqual([host.id, secondHost.id].sort());

    // The round that publishes the saved host mails the subscriber (the other saved host is not in it).
    await publishRoundWith(host);
    const published = await nthMailTo(address, 3);
    expect(published?.subject).toBe(`【renkei】保存した連携先施設が${YEAR}年度募集で公表されました`);
    expect(published?.text).toContain(`${PUBLIC_URL}/ja/hosts/${host.id}`);
    expect(published?.text).not.toContain(secondHost.name);
    const unsubscribeToken = tokenIn(published?.text, 'unsubscribe');

    expect(await acceptableNumberChanged(host.id)).toBe(1);
    const changed = await nthMailTo(address, 4);
    expect(changed?.subject).toBe('【renkei】保存した連携先施設の受入可能数が変わりました（内科）');
    expect(changed?.text).toContain('内科の受入可能数が 2人 から 3人 に変わりました。');
    tokenIn(changed?.text, 'unsubscribe');

    const unsubscribed = (await visitor.post('/api/host-alerts/unsubscribe').send({ token: unsubscribeToken }).expect(200)).body as HostAlertResponse;
    expect(unsubscribed.status).toBe('unsubscribed');
    expect(unsubscribed.hosts.map((saved) => saved.facilityId).sort()).toEqual([host.id, secondHost.id].sort());
    await visitor.post('/api/host-alerts/unsubscribe').send({ token: unsubscribeToken }).expect(404);
    expect(await dataSource.getRepository(HostAlertSubscription).countBy({ email: address })).toBe(0);

    expect(await acceptableNumberChanged(host.id)).toBe(0);
    expect(await dataSource.getRepository(OutboxMessage).countBy({ recipient: address })).toBe(4);
  });

  it('mails the review steps: a submitted profile to the prefecture’s officers, approval and return to the host’s users', async () => {
    const hostUser = await signedIn({ role: 'host-facility', facilityId: secondHost.id });
    const officer = await signedIn({ role: 'prefecture', prefectureCode: '02' });
    const otherOfficer = await signedIn({ role: 'prefecture', prefectureCode: '12' });
    const path = `/api/host-profiles/${secondHost.id}`;
    const content = { training: { overview: '地域医療を学べます。' }, living: {}, message: null, contact: {} };

    let profile = (await hostUser.client.send('PUT', path, { ...content, version: 0 }).expect(200)).body as HostProfileResponse;
    profile = (await hostUser.client.post(`${path}/submit`).send({ version: profile.version }).expect(200)).body as HostProfileResponse;
    const submitted = await nthMailTo(officer.user.email, 1);
    expect(submitted?.subject).toBe(`【renkei】施設プロフィールの承認依頼（${secondHost.name}）`);
    expect(submitted?.text).toContain(`${PUBLIC_URL}/ja/host-profiles/${secondHost.id}`);

    profile = (await officer.client.post(`${path}/approve`).send({ version: profile.version }).expect(200)).body as HostProfileResponse;
    const approved = await nthMailTo(hostUser.user.email, 1);
    expect(approved?.subject).toBe(`【renkei】施設プロフィールが承認されました（${secondHost.name}）`);
    expect(approved?.text).toContain(`${PUBLIC_URL}/ja/host-profile\n`);

    profile = (await hostUser.client.send('PUT', path, { ...content, message: '更新', version: profile.version }).expect(200))
      .body as HostProfileResponse;
    profile = (await hostUser.client.post(`${path}/submit`).send({ version: profile.version }).expect(200)).body as HostProfileResponse;
    await nthMailTo(officer.user.email, 2);
    await officer.client.post(`${path}/return`).send({ comment: '連絡先を記入してください。', version: profile.version }).expect(200);
    const returned = await nthMailTo(hostUser.user.email, 2);
    expect(returned?.subject).toBe(`【renkei】施設プロフィールが差し戻されました（${secondHost.name}）`);
    expect(returned?.text).toContain('コメント：連絡先を記入してください。');
    expect(mailsTo(otherOfficer.user.email)).toEqual([]);
  });
});
