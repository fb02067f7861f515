import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startApp, waitForOutput } from './support/app-process';

const runDir = process.env['E2E_RUN_DIR'] ?? '';
const appPort = Number(process.env['E2E_PORT']) + 1;
const databasePort = Number(process.env['E2E_DATABASE_PORT']) + 1;

test.describe('starting the built app', () => {
  test('keeps its data across a restart, loads reference data once and stops its database cleanly', async ({ request }) => {
    test.setTimeout(180_000);
    const env = { PORT: String(appPort), EMBEDDED_DATABASE_DIR: join(runDir, 'restart-cluster'), EMBEDDED_DATABASE_PORT: String(databasePort) };

    const first = startApp(env);
    await waitForOutput(first, 'renkei is running at');
    expect(first.output()).toContain(`renkei is running at http://localhost:${appPort}/`);
    expect(first.output()).toContain('Loaded reference data: 47 prefectures, 330 areas, 19 specialties, 2 sufficiency datasets');
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('Embedded PostgreSQL stopped');

    const second = startApp(env);
    await waitForOutput(second, 'renkei is running at');
    expect(second.output()).not.toContain('Loaded reference data');
    expect(second.output()).not.toContain('Applied migration');
    const prefectures = await request.get(`http://localhost:${appPort}/api/reference/prefectures`);
    expect(await prefectures.json()).toHaveLength(47);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  for (const [name, value, message] of [
    ['PORT', 'eighty', 'Invalid configuration: PORT must be a whole number between 1 and 65535'],
    ['DATABASE_URL', 'mysql://localhost/renkei', 'Invalid configuration: DATABASE_URL must look like postgres://user:password@host:5432/database'],
  ]) {
    test(`stops with one clear line when ${name} is invalid`, async () => {
      const app = startApp({ [name]: value });
      expect(await app.exited).toBe(1);
      expect(app.output().trim()).toBe(message);
    });
  }
});
