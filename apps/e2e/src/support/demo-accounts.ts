import { Browser, expect, Page } from '@playwright/test';

/** The password of every demo account `npm start` creates on a fresh embedded database (see apps/api/src/demo). */
const DEMO_PASSWORD = 'renkei-demo-2026';

/** The facility of the demo host account host@demo.renkei.test (apps/api/src/demo/demo-data.ts). */
export const DEMO_HOST_FACILITY = { code: 'DEMO-H-0204', name: '西北五さくら病院（デモ）' } as const;

/** Signs in through the Japanese sign-in page and waits until the account menu shows the person is in. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/ja/sign-in');
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByLabel('パスワード', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'サインイン', exact: true }).click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

/** A page in a browser context of its own: its own cookies, i.e. another person. */
export async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}
