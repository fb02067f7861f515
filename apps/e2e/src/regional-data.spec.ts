import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

test.describe('regional data page', () => {
  test('Japanese by default: prefectures by block, Aomori’s areas with the physician-scarce ones marked', async ({ page }, testInfo) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/ja\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: '地域データ' }).first().click();
    await expect(page.getByRole('heading', { name: '地域データ', level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: '東北' })).toBeVisible();

    await page
      .getByRole('link', { name: /青森県/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/ja\/regional-data\/prefectures\/02$/);
    const seihokugo = page.getByRole('row', { name: /西北五地域/ });
    const tsugaru = page.getByRole('row', { name: /津軽地域/ });
    await expect(seihokugo).toContainText('医師少数区域');
    await expect(tsugaru).not.toContainText('医師少数区域');
    await expect(page.getByRole('row')).toHaveCount(7);
    await testInfo.attach('regional-data-ja', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  });

  test('switches to English and keeps the page; the sufficiency matrix shows bands, not values', async ({ page }, testInfo) => {
    await page.goto('/ja/regional-data/prefectures/02');
    const english = page.getByRole('link', { name: 'English' });
    await expect(english).toHaveAttribute('href', '/en/regional-data/prefectures/02');
    await english.click();
    await expect(page).toHaveURL(/\/en\/regional-data\/prefectures\/02$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { name: 'Regional data', level: 1 })).toBeVisible();
    await expect(page.getByRole('row', { name: /西北五地域/ })).toContainText(/physician-scarce/i);

    await page.goto('/en/regional-data/sufficiency?dataset=2022');
    const aomori = page.getByRole('row', { name: /Aomori/ });
    await expect(aomori).toContainText('≤ 0.7');
    const chiba = page.getByRole('row', { name: /Chiba/ });
    await expect(chiba).toContainText('0.7–0.8');
    await testInfo.attach('sufficiency-en', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });

    // The choice sticks: `/` now opens the English app.
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
  });
});
