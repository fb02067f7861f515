import { expect, test } from '@playwright/test';
import { signIn } from './support/demo-accounts';

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

test.describe('eligibility map (offline tile grid)', () => {
  test('2026 internal medicine ③: Aomori meets the ratio, Chiba does not; choosing a prefecture shows its reasons and opens the check', async ({
    page,
  }, testInfo) => {
    await page.goto('/ja/eligibility/map?year=2026&specialty=internal-medicine&category=special-regional');
    const map = page.getByTestId('prefecture-map');
    await expect(map.getByRole('button')).toHaveCount(47);
    const aomori = map.locator('[data-prefecture="02"]');
    // Aomori's ratio is ≤ 0.7 (DOMAIN §4); what is left is the facility's scarce area, a facility-level step.
    await expect(aomori).toHaveAttribute('data-status', 'conditional');
    // Its accessible name carries the status and the main reason (the ratio), not only the category summary.
    await expect(aomori).toHaveAttribute('aria-label', /^青森県: 条件付き\. 足下充足率 0\.7以下/);
    await expect(map.locator('[data-prefecture="12"]')).toHaveAttribute('data-status', 'ineligible');
    await expect(page.getByTestId('prefecture-table').locator('tr[data-prefecture="02"]')).toContainText('条件付き');

    await aomori.click();
    await expect(page).toHaveURL(/prefecture=02/);
    const detail = page.getByTestId('prefecture-detail');
    await expect(detail.getByRole('heading', { name: '青森県' })).toBeVisible();
    await expect(detail).toContainText('足下充足率 0.7以下（データセット 2016-2018）: 基準 0.7以下を満たす');
    await expect(detail).toContainText('医師少数区域');
    await testInfo.attach('eligibility-map-ja', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });

    // Keyboard: Tab to Chiba's tile and press Enter.
    await map.locator('[data-prefecture="12"]').focus();
    await page.keyboard.press('Enter');
    await expect(detail.getByRole('heading', { name: '千葉県' })).toBeVisible();
    await expect(detail.locator('.status-chip')).toContainText('対象外');

    await aomori.click();
    await detail.getByTestId('open-check').click();
    await expect(page).toHaveURL(/\/eligibility\/check\?.*prefecture=02/);
    await expect(page.getByTestId('prefecture')).toContainText('青森県');
  });

  test('English: tiles are named in English', async ({ page }) => {
    await page.goto('/en/eligibility/map?year=2027&specialty=internal-medicine&category=special-regional');
    await expect(page.getByTestId('prefecture-map').locator('[data-prefecture="12"]')).toHaveAttribute('aria-label', /^Chiba: Conditional\./);
  });
});

test.describe('facility search on the check page', () => {
  test('finds a demo sample facility by code and checks its area', async ({ page }) => {
    await page.goto('/ja/eligibility/check?year=2026&specialty=internal-medicine');
    await page.getByTestId('facility-search').fill('SAMPLE-02-2');
    const option = page.getByRole('option', { name: /SAMPLE-02-2/ });
    await expect(option).toContainText('（サンプル）');
    await option.click();

    await expect(page).toHaveURL(/facility=SAMPLE-02-2/);
    await expect(page).toHaveURL(/area=0204/);
    await expect(page.getByTestId('chosen-facility')).toContainText('サンプル');
    await expect(page.getByTestId('area')).toContainText('西北五地域');
    await expect(page.locator('[data-category="③"] .status-chip')).toHaveText('対象');
  });
});

test.describe('what-if (JMSB)', () => {
  test('is not offered to the public', async ({ page }) => {
    await page.goto('/ja/eligibility/check');
    await expect(page.getByRole('tab', { name: '地図' })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'しきい値の試算' })).toHaveCount(0);
  });

  test('raising ③ from 0.7 to 0.8 moves the internal-medicine count from 9 to 16', async ({ page }) => {
    await signIn(page, 'jmsb@demo.renkei.test');

    await page.goto('/ja/eligibility/check');
    await page.getByRole('tab', { name: 'しきい値の試算' }).click();
    await expect(page.getByTestId('override-0').getByText('現在のルール: 0.7 以下')).toBeVisible();
    await expect(page.getByLabel('新しいしきい値（以下）')).toHaveValue('0.8');
    await page.getByRole('button', { name: '試算する' }).click();

    const cell = page.getByTestId('what-if-table').locator('tr[data-specialty="internal-medicine"] td[data-category="special-regional"]');
    await expect(cell).toContainText('9 → 16');
    await expect(cell).toContainText('+7');
    await expect(page.getByTestId('what-if-result')).toContainText('保存はされていません');
  });
});
