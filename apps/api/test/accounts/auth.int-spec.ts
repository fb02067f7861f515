import { CurrentUserResponse } from '@renkei/contract';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { UserAccount } from '../../src/accounts/entities/user-account.entity';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { LOGIN_LIMITS } from '../../src/accounts/auth/auth.service';
import { createUser, TEST_PASSWORD, TestClient } from '../utils/accounts';
import { createTestApp, TestApp } from '../utils/test-app';

describe('authentication', () => {
  let testApp: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    testApp = await createTestApp();
    dataSource = testApp.app.get(DataSource);
  });

  afterAll(() => testApp.close());

  const client = () => new TestClient(testApp.http).start();

  it('signs in with e-mail and password, sets an HttpOnly SameSite=Lax session cookie, and answers /me', async () => {
    const user = await createUser(dataSource, {
      role: 'prefecture',
      prefectureCode: '02',
    });
    const browser = await client();

    const login = await browser.signIn(user.email.toUpperCase());

    expect(login.body).toEqual({
      email: user.email,
      displayName: 'Test prefecture',
      language: 'ja',
      roles: [{ role: 'prefecture', prefectureCode: '02' }],
    });
    const sessionCookie = (login.headers['set-cookie'] as unknown as string[]).find((cookie) => cookie.startsWith('renkei_session='));
    expect(sessionCookie).toMatch(/HttpOnly/);
    expect(sessionCookie).toMatch(/SameSite=Lax/);
    const me = await browser.get('/api/auth/me').expect(200);
    expect((me.body as CurrentUserResponse).email).toBe(user.email);
  });

  it('marks the session cookie Secure when not on plain-http localhost', async () => {
    const user = await createUser(dataSource, { role: 'jmsb' });
    const browser = await client();
    const login = await browser
      .post('/api/auth/login')
      .set('X-Forwarded-Proto', 'https')
      .send({ email: user.email, password: TEST_PASSWORD })
      .expect(200);
    expect((login.headers['set-cookie'] as unknown as string[]).find((cookie) => cookie.startsWith('renkei_session='))).toMatch(/Secure/);
  });

  it('answers wrong credentials with the same 401 whether or not the account exists', async () => {
    const user = await createUser(dataSource, { role: 'jmsb' });
    const wrongPassword = await (await client()).signIn(user.email, 'not the password at all', 401);
    const unknownAccount = await (await client()).signIn('nobody@test.renkei.invalid', 'not the password at all', 401);
    expect(wrongPassword.body).toEqual(unknownAccount.body);
    expect(wrongPassword.body).toEqual({
      statusCode: 401,
      code: 'INVALID_CREDENTIALS',
      message: 'The e-mail address or password is incorrect.',
    });
  });

  it('refuses a malformed login with field messages and unknown fields', async () => {
    const response = await (await client()).post('/api/auth/login').send({ email: 'not-an-email', password: '', remember: true }).expect(400);
    expect(response.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: {
        email: ['email must be an e-mail address'],
        password: ['password must not be empty'],
        remember: ['property remember should not exist'],
      },
    });
  });

  it('ends the session on the server at logout: the old cookie no longer works', async () => {
    const user = await createUser(dataSource, {
      role: 'society',
      specialtyCode: 'pediatrics',
    });
    const browser = await client();
    const login = await browser.signIn(user.email);
    const stolenCookie =
      (login.headers['set-cookie'] as unknown as string[]).find((cookie) => cookie.startsWith('renkei_session='))?.split(';')[0] ?? '';

    await browser.post('/api/auth/logout').expect(204);

    await browser.get('/api/auth/me').expect(401);
    await request(testApp.http).get('/api/auth/me').set('Cookie', stolenCookie).expect(401);
  });

  it('ends every session of a deactivated account', async () => {
    const user = await createUser(dataSource, { role: 'jmsb' });
    const browser = await client();
    await browser.signIn(user.email);
    await browser.get('/api/auth/me').expect(200);

    await dataSource.getRepository(UserAccount).update({ id: user.id }, { deactivatedAt: new Date() });

    await browser.get('/api/auth/me').expect(401);
    await (await client()).signIn(user.email, TEST_PASSWORD, 401);
  });

  it('refuses an unsafe request without the CSRF header, or with a token from another session', async () => {
    const user = await createUser(dataSource, { role: 'jmsb' });
    const browser = await client();
    await browser.signIn(user.email);

    const withoutHeader = await browser.agent.post('/api/auth/logout').expect(403);
    expect(withoutHeader.body).toMatchObject({ code: 'CSRF_TOKEN_INVALID' });

    // Header and cookie agree, but the token belongs to another session: refused.
    const other = await client();
    await other.signIn((await createUser(dataSource, { role: 'jmsb' })).email);
    const mySession = browser.agent.jar.getCookie('renkei_session', {
      domain: '127.0.0.1',
      path: '/',
      secure: false,
      script: false,
    })?.value;
    expect(mySession).toBeTruthy();
    const crossed = await request(testApp.http)
      .post('/api/auth/logout')
      .set('Cookie', `renkei_session=${mySession}; XSRF-TOKEN=${other.xsrfToken}`)
      .set('X-XSRF-TOKEN', other.xsrfToken)
      .expect(403);
    expect(crossed.body).toMatchObject({ code: 'CSRF_TOKEN_INVALID' });

    await browser.get('/api/auth/me').expect(200);
  });

  it('gives a live session whose CSRF cookie was lost a fresh token bound to it, so the person can still act', async () => {
    const user = await createUser(dataSource, { role: 'jmsb' });
    const browser = await client();
    const login = await browser.signIn(user.email);
    const session = (login.headers['set-cookie'] as unknown as string[]).find((cookie) => cookie.startsWith('renkei_session='))?.split(';')[0] ?? '';
    expect((login.headers['set-cookie'] as unknown as string[]).find((cookie) => cookie.startsWith('XSRF-TOKEN='))).toMatch(/Expires=/);

    const me = await request(testApp.http).get('/api/auth/me').set('Cookie', session).expect(200);
    const fresh = (me.headers['set-cookie'] as unknown as string[]).map((cookie) => /^XSRF-TOKEN=([^;]+)/.exec(cookie)?.[1]).find(Boolean) ?? '';
    expect(fresh).not.toBe('');
    await request(testApp.http).post('/api/auth/logout').set('Cookie', `${session}; XSRF-TOKEN=${fresh}`).set('X-XSRF-TOKEN', fresh).expect(204);
  });

  it('throttles sign-in per account with a clear message, without revealing whether the account exists', async () => {
    const user = await createUser(dataSource, { role: 'jmsb' });
    const browser = await client();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await browser.signIn(user.email, 'wrong password here', 401);
    }
    const throttled = await browser.signIn(user.email, TEST_PASSWORD, 429);
    expect(throttled.body).toEqual({
      statusCode: 429,
      code: 'TOO_MANY_ATTEMPTS',
      message: 'Too many sign-in attempts. Try again in 15 minutes.',
    });

    for (let attempt = 0; attempt < 5; attempt += 1) {
      await browser.signIn('ghost@test.renkei.invalid', 'wrong password here', 401);
    }
    await browser.signIn('ghost@test.renkei.invalid', 'wrong password here', 429);
  });

  it('throttles sign-in per IP address across accounts, counting failures only', async () => {
    const office = '192.0.2.76';
    const colleague = await createUser(dataSource, { role: 'jmsb' });
    for (let attempt = 0; attempt <= LOGIN_LIMITS.perIp.limit; attempt += 1) {
      await (await new TestClient(testApp.http, office).start()).signIn(colleague.email);
    }
    const address = '192.0.2.77';
    for (let attempt = 0; attempt < LOGIN_LIMITS.perIp.limit; attempt += 1) {
      await (await new TestClient(testApp.http, address).start()).signIn(`someone-${attempt}@test.renkei.invalid`, 'wrong password here', 401);
    }
    const user = await createUser(dataSource, { role: 'jmsb' });
    await (await new TestClient(testApp.http, address).start()).signIn(user.email, TEST_PASSWORD, 429);
    await (await new TestClient(testApp.http, '192.0.2.78').start()).signIn(user.email);
  });

  it('records sign-in, failure and logout in the audit trail with UTC times', async () => {
    const user = await createUser(dataSource, { role: 'jmsb' });
    const browser = await client();
    await browser.signIn(user.email, 'wrong password here', 401);
    await browser.signIn(user.email);
    await browser.post('/api/auth/logout').expect(204);

    const entries = await dataSource.getRepository(AuditEntry).find({ where: { actorEmail: user.email }, order: { id: 'ASC' } });
    expect(entries.map((entry) => entry.action)).toEqual(['auth.login-failed', 'auth.login', 'auth.logout']);
    expect(entries.every((entry) => entry.occurredAt instanceof Date)).toBe(true);
  });
});
