import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../utils/test-app';

describe('GET /api/health', () => {
  let testApp: TestApp;

  beforeEach(async () => {
    testApp = await createTestApp();
  });

  afterEach(() => testApp.close());

  it('is 200 with status ok when the database answers', async () => {
    const response = await request(testApp.http).get('/api/health').expect(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      info: { database: { status: 'up' } },
    });
  });

  it('is 503 when the database does not answer', async () => {
    await testApp.app.get(DataSource).destroy();
    const response = await request(testApp.http).get('/api/health').expect(503);
    expect(response.body).toMatchObject({
      status: 'error',
      error: { database: { status: 'down' } },
    });
  });
});
