import { expect, test } from '@playwright/test';

test.describe('eligibility check page', () => {
  test('Japanese: a physician-scarce area is eligible for ③, with reasons', async ({ page }, testInfo) => {
    await page.goto('/ja/eligibility/check?year=2026&specialty=internal-medicine&prefecture=02&area=0204');
    await expect(page.getByRole('heading', { name: '適格性チェック', level: 1 })).toBeVisible();
    const special = page.locator('[data-category="③"]');
    await expect(special.locator('.status-chip')).toHaveText('対象');
    await expect(special).toContainText('医師少数区域');
    await testInfo.attach('eligibility-ja', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  });

  test('English: outside a physician-scarce area ③ is not eligible', async ({ page }) => {
    await page.goto('/en/eligibility/check?year=2026&specialty=internal-medicine&prefecture=02&area=0201');
    const special = page.locator('[data-category="③"]');
    await expect(special.locator('.status-chip')).toHaveText('Not eligible');
  });

  test('committee tables: p. 11 and p. 12 tables', async ({ page }) => {
    await page.goto('/ja/eligibility/tables?year=2026');
    await expect(page.getByTestId('comparison-table')).toContainText('内科');
    await expect(page.getByTestId('host-table')).toContainText('内科');
  });
});
