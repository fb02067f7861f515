import request from 'supertest';
import { DataSource } from 'typeorm';
import { createUser, TestClient } from '../utils/accounts';
import { createTestApp, TestApp } from '../utils/test-app';

describe('two app instances on one database', () => {
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    [first, second] = await Promise.all([createTestApp(), createTestApp()]);
  });

  afterAll(async () => {
    await Promise.all([first.close(), second.close()]);
  });

  it('accepts on one instance a session made on the other, and a logout on either ends it on both', async () => {
    const user = await createUser(first.app.get(DataSource), { role: 'jmsb' });
    const browser = await new TestClient(first.http).start();
    const login = await browser.signIn(user.email);
    const cookies = (login.headers['set-cookie'] as unknown as string[]).map((cookie) => cookie.split(';')[0]).join('; ');

    const onSecond = await request(second.http).get('/api/auth/me').set('Cookie', cookies).expect(200);
    expect((onSecond.body as { email: string }).email).toBe(user.email);

    await request(second.http).post('/api/auth/logout').set('Cookie', cookies).set('X-XSRF-TOKEN', browser.xsrfToken).expect(204);
    await browser.get('/api/auth/me').expect(401);
  });

  it('shares sign-in throttling across instances', async () => {
    const user = await createUser(first.app.get(DataSource), { role: 'jmsb' });
    for (const [index, instance] of [first, second, first, second, first].entries()) {
      await (await new TestClient(instance.http, `203.0.113.${index + 10}`).start()).signIn(user.email, 'wrong password here', 401);
    }
    await (await new TestClient(second.http, '203.0.113.99').start()).signIn(user.email, undefined, 429);
  });
});
