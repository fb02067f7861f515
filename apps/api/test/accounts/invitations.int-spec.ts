import { CurrentUserResponse, InvitationStatusResponse } from '@renkei/contract';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AccountToken } from '../../src/accounts/entities/account-token.entity';
import { SmtpCatcher } from '../notifications/smtp-catcher';
import { eventually } from '../notifications/mail-test-app';
import { createFacility, createUser, TEST_PASSWORD, TestClient } from '../utils/accounts';
import { freePort } from '../utils/free-port';
import { createTestApp, TestApp } from '../utils/test-app';

describe('invitations and password reset, with e-mail through a real SMTP server on loopback', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let smtp: SmtpCatcher;
  let jmsb: TestClient;

  beforeAll(async () => {
    smtp = await SmtpCatcher.start(await freePort());
    process.env['SMTP_URL'] = `smtp://127.0.0.1:${smtp.port}`;
    process.env['MAIL_POLL_INTERVAL_MS'] = '50';
    process.env['PUBLIC_URL'] = 'https://renkei.example.jp';
    testApp = await createTestApp();
    dataSource = testApp.app.get(DataSource);
    jmsb = await new TestClient(testApp.http).start();
    await jmsb.signIn((await createUser(dataSource, { role: 'jmsb' })).email);
  });

  afterAll(async () => {
    await testApp.close();
    await smtp.stop();
    delete process.env['SMTP_URL'];
    delete process.env['MAIL_POLL_INTERVAL_MS'];
    delete process.env['PUBLIC_URL'];
  });

  async function mailTo(address: string) {
    await eventually(`a mail reaches ${address}`, () => Promise.resolve(smtp.received.some((received) => received.envelopeTo.includes(address))));
    const mails = smtp.received.filter((received) => received.envelopeTo.includes(address));
    expect(mails).toHaveLength(1);
    return mails[0]?.mail;
  }

  function linkIn(text: string | undefined, path: string): string {
    const match = new RegExp(`https://renkei\\.example\\.jp/(ja|en)/${path}/([A-Za-z0-9_-]{43})`).exec(text ?? '');
    if (!match?.[2]) {
      throw new Error(`no ${path} link in:\n${text}`);
    }
    return match[2];
  }

  it('invites a prefectural officer by e-mail; the link works once and signs the person in', async () => {
    const email = `aomori-officer-${Date.now()}@test.renkei.invalid`;
    await jmsb
      .post('/api/invitations')
      .send({
        email,
        displayName: '青森 太郎',
        language: 'ja',
        role: 'prefecture',
        prefectureCode: '02',
      })
      .expect(201);

    const mail = await mailTo(email);
    expect(mail?.subject).toContain('renkei');
    expect(mail?.text).toContain('都道府県 担当者（青森県）');
    const token = linkIn(mail?.text, 'invitation');

    const status = await request(testApp.http).get(`/api/invitations/${token}`).expect(200);
    expect(status.body as InvitationStatusResponse).toEqual({
      state: 'valid',
      email,
      displayName: '青森 太郎',
    });

    const invitee = await new TestClient(testApp.http).start();
    const weak = await invitee.post(`/api/invitations/${token}/accept`).send({ password: 'password' }).expect(400);
    expect(weak.body).toMatchObject({
      code: 'PASSWORD_REJECTED',
      fieldErrors: {
        password: ['password is one of the most common passwords; choose another'],
      },
    });

    const accepted = await invitee.post(`/api/invitations/${token}/accept`).send({ password: 'a brand new passphrase' }).expect(200);
    expect(accepted.body as CurrentUserResponse).toMatchObject({
      email,
      roles: [{ role: 'prefecture', prefectureCode: '02' }],
    });
    invitee.remember(accepted.headers['set-cookie']);
    await invitee.get('/api/auth/me').expect(200);

    const again = await (await new TestClient(testApp.http).start())
      .post(`/api/invitations/${token}/accept`)
      .send({ password: 'another new passphrase' })
      .expect(410);
    expect(again.body).toMatchObject({ code: 'LINK_USED' });
    expect((await request(testApp.http).get(`/api/invitations/${token}`).expect(200)).body).toEqual({ state: 'used' });
  });

  it('says when an invitation link has expired', async () => {
    const email = `late-${Date.now()}@test.renkei.invalid`;
    await jmsb
      .post('/api/invitations')
      .send({
        email,
        displayName: 'Late',
        language: 'en',
        role: 'society',
        specialtyCode: 'pediatrics',
      })
      .expect(201);
    const mail = await mailTo(email);
    expect(mail?.text).toContain('Specialty society reviewer (Pediatrics)');
    const token = linkIn(mail?.text, 'invitation');
    await dataSource.getRepository(AccountToken).update({ purpose: 'invitation' }, { expiresAt: new Date(Date.now() - 1000) });

    expect((await request(testApp.http).get(`/api/invitations/${token}`).expect(200)).body).toEqual({ state: 'expired' });
    const accept = await (await new TestClient(testApp.http).start())
      .post(`/api/invitations/${token}/accept`)
      .send({ password: 'a brand new passphrase' })
      .expect(410);
    expect(accept.body).toMatchObject({ code: 'LINK_EXPIRED' });
  });

  it('refuses bad invitations with field messages and lets a prefecture invite only its own facilities', async () => {
    const invalid = await jmsb
      .post('/api/invitations')
      .send({
        email: 'nope',
        displayName: '',
        language: 'fr',
        role: 'prefecture',
        admin: true,
      })
      .expect(400);
    expect(Object.keys((invalid.body as { fieldErrors: object }).fieldErrors).sort()).toEqual(['admin', 'displayName', 'email', 'language']);
    const missingScope = await jmsb
      .post('/api/invitations')
      .send({
        email: 'x@test.renkei.invalid',
        displayName: 'X',
        language: 'ja',
        role: 'prefecture',
      })
      .expect(400);
    expect(missingScope.body).toMatchObject({
      code: 'INVALID_SCOPE',
      fieldErrors: {
        prefectureCode: ['prefectureCode is required for the prefecture role'],
      },
    });

    const aomori = await new TestClient(testApp.http).start();
    await aomori.signIn(
      (
        await createUser(dataSource, {
          role: 'prefecture',
          prefectureCode: '02',
        })
      ).email,
    );
    const ownFacility = await createFacility(dataSource, '02', '0204');
    const chibaFacility = await createFacility(dataSource, '12', '1201');
    await aomori
      .post('/api/invitations')
      .send({
        email: `host-${Date.now()}@test.renkei.invalid`,
        displayName: 'Host',
        language: 'ja',
        role: 'host-facility',
        facilityId: ownFacility.id,
      })
      .expect(201);
    await aomori
      .post('/api/invitations')
      .send({
        email: `other-${Date.now()}@test.renkei.invalid`,
        displayName: 'Other',
        language: 'ja',
        role: 'host-facility',
        facilityId: chibaFacility.id,
      })
      .expect(403);
    await aomori
      .post('/api/invitations')
      .send({
        email: `soc-${Date.now()}@test.renkei.invalid`,
        displayName: 'Soc',
        language: 'ja',
        role: 'society',
        specialtyCode: 'surgery',
      })
      .expect(403);
  });

  it('resets a forgotten password by e-mail, ends old sessions, and reveals nothing about unknown addresses', async () => {
    const user = await createUser(dataSource, { role: 'jmsb' });
    const oldSession = await new TestClient(testApp.http).start();
    await oldSession.signIn(user.email);

    const anonymous = await new TestClient(testApp.http).start();
    const known = await anonymous.post('/api/password-reset').send({ email: user.email }).expect(202);
    const unknown = await anonymous.post('/api/password-reset').send({ email: 'nobody-here@test.renkei.invalid' }).expect(202);
    expect(known.body).toEqual(unknown.body);

    const token = linkIn((await mailTo(user.email))?.text, 'reset-password');
    await anonymous.post(`/api/password-reset/${token}`).send({ password: 'short' }).expect(400);
    await anonymous.post(`/api/password-reset/${token}`).send({ password: 'my fresh passphrase' }).expect(204);
    await anonymous.post(`/api/password-reset/${token}`).send({ password: 'my fresher passphrase' }).expect(410);

    await oldSession.get('/api/auth/me').expect(401);
    await (await new TestClient(testApp.http).start()).signIn(user.email, TEST_PASSWORD, 401);
    await (await new TestClient(testApp.http).start()).signIn(user.email, 'my fresh passphrase');
    expect(smtp.received.some((received) => received.envelopeTo.includes('nobody-here@test.renkei.invalid'))).toBe(false);
  });
});
