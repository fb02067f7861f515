import { expect, test } from '@playwright/test';

test.describe('the built app serves the API and the web app from one URL', () => {
  test('health, reference data and the OpenAPI document', async ({ request }) => {
    await expect(request.get('/api/health')).resolves.toBeOK();
    expect(await (await request.get('/api/health')).json()).toMatchObject({ status: 'ok' });
    const prefectures = (await (await request.get('/api/reference/prefectures')).json()) as unknown[];
    expect(prefectures).toHaveLength(47);
    const aomori = (await (await request.get('/api/reference/prefectures/02')).json()) as {
      secondaryMedicalAreas: { code: string; physicianScarce: boolean }[];
    };
    expect(aomori.secondaryMedicalAreas).toHaveLength(6);
    expect(aomori.secondaryMedicalAreas.find((area) => area.code === '0204')?.physicianScarce).toBe(true);
    expect(aomori.secondaryMedicalAreas.find((area) => area.code === '0201')?.physicianScarce).toBe(false);
    const openApi = (await (await request.get('/api/docs-json')).json()) as { openapi: string };
    expect(openApi.openapi).toMatch(/^3\./);
  });

  test('deep links of both locales fall back to their index page', async ({ request }) => {
    for (const [locale, lang] of [
      ['ja', 'ja'],
      ['en', 'en'],
    ]) {
      const response = await request.get(`/${locale}/regional-data/prefectures/02`);
      expect(response.status()).toBe(200);
      expect(await response.text()).toContain(`<html lang="${lang}"`);
    }
  });
});
