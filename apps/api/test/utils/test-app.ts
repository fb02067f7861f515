import { INestApplication } from '@nestjs/common';
import { App } from 'supertest/types';
import { createApp } from '../../src/app/create-app';

export interface TestApp {
  app: INestApplication;
  http: App;
  close(): Promise<void>;
}

/** Boots the real AppModule (migrations and reference data included) against the test database. */
export async function createTestApp(): Promise<TestApp> {
  const app = await createApp({ logger: false });
  await app.init();
  return { app, http: app.getHttpServer() as App, close: () => app.close() };
}
