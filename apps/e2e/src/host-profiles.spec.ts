import AxeBuilder from '@axe-core/playwright';
import { Browser, expect, Page, test } from '@playwright/test';
import type { CurrentUserResponse, HostProfileResponse } from '@renkei/contract';
import { signIn } from './support/demo-accounts';

/**
 * The host profile review loop with the demo accounts: the host (西北五さくら病院（デモ）, DEMO-H-0204)
 * fills in items and sees its completeness rise, submits; Aomori returns it with a comment; the host
 * reads the comment, fixes and resubmits; Aomori approves and the profile is published.
 */
async function personPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

async function completenessOf(page: Page, facilityId: string | undefined): Promise<number> {
  const profile = (await (await page.request.get(`/api/host-profiles/${facilityId}`)).json()) as HostProfileResponse;
  return profile.completeness.percent;
}

async function confirmIn(page: Page, name: string): Promise<void> {
  await page.getByRole('alertdialog').getByRole('button', { name, exact: true }).click();
}

test.describe('host profiles: fill in, submit, return, resubmit, approve', () => {
  test('a host writes its profile and Aomori reviews it', async ({ browser }) => {
    const host = await personPage(browser, 'host@demo.renkei.test');
    const me = (await (await host.request.get('/api/auth/me')).json()) as CurrentUserResponse;
    const facilityId = me.roles.find((role) => role.role === 'host-facility')?.facilityId;
    expect(facilityId).toBeTruthy();

    // 1. The host opens its profile from the navigation and fills in a few items.
    await host.getByRole('navigation', { name: 'メインナビゲーション' }).getByRole('link', { name: '受入施設プロフィール' }).click();
    await expect(host.getByRole('heading', { level: 1, name: '西北五さくら病院（デモ）のプロフィール' })).toBeVisible();
    await expect(host.getByTestId('profile-status')).toHaveText('下書き');
    await expect(host.getByTestId('completeness')).toHaveText('0%');
    const axe = await new AxeBuilder({ page: host }).analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);

    await host.getByLabel('研修の概要').fill('津軽地域の中核病院で、内科全般の症例を幅広く経験できます。');
    await host.getByLabel('指導医の数').fill('6');
    await host.getByRole('radiogroup', { name: '寮・宿舎がある' }).getByLabel('はい').check();
    await host.getByLabel('メールアドレス').fill('kenshu@example.jp');
    await host.getByRole('button', { name: '下書きを保存' }).click();
    await expect(host.getByTestId('profile-message')).toContainText('下書きを保存しました。');
    // The score is the API's, and it rose.
    const afterSave = await completenessOf(host, facilityId);
    expect(afterSave).toBeGreaterThan(0);
    await expect(host.getByTestId('completeness')).toHaveText(`${afterSave}%`);
    await host.getByTestId('missing').locator('summary').click();
    await host.getByTestId('missing').getByRole('button', { name: '車が必要' }).click();
    await expect(host.getByRole('radiogroup', { name: '車が必要' }).getByLabel('未回答')).toBeFocused();

    // 2. It submits: the form turns read-only.
    await host.getByRole('button', { name: '審査に提出' }).click();
    await confirmIn(host, '提出する');
    await expect(host.getByTestId('profile-status')).toHaveText('審査中');
    await expect(host.getByTestId('read-only')).toBeVisible();
    await expect(host.getByLabel('研修の概要')).toBeDisabled();

    // 3. Aomori opens it and returns it with a comment (the comment is required).
    const aomori = await personPage(browser, 'aomori@demo.renkei.test');
    await aomori.goto(`/ja/host-profiles/${facilityId}`);
    await expect(aomori.getByTestId('profile-status')).toHaveText('審査中');
    await aomori.getByRole('button', { name: '差し戻す' }).click();
    const returnDialog = aomori.getByRole('dialog');
    await returnDialog.getByRole('button', { name: '差し戻す' }).click();
    await expect(returnDialog.getByText('入力してください。')).toBeVisible();
    await returnDialog.getByLabel('差し戻しの理由（必須）').fill('当直の体制を具体的に書いてください。');
    await returnDialog.getByRole('button', { name: '差し戻す' }).click();
    await expect(aomori.getByTestId('profile-status')).toHaveText('差し戻し');

    // 4. The host sees the comment, fixes the item and resubmits (unsaved edits are saved first).
    await host.reload();
    await expect(host.getByTestId('return-comment')).toContainText('当直の体制を具体的に書いてください。');
    await host.getByLabel('当直の体制').fill('当直は2人体制で、内科の上級医がオンコールで控えています。');
    await host.getByRole('button', { name: '審査に提出' }).click();
    await confirmIn(host, '提出する');
    await expect(host.getByTestId('profile-status')).toHaveText('審査中');
    const afterFix = await completenessOf(host, facilityId);
    expect(afterFix).toBeGreaterThan(afterSave);
    await expect(host.getByTestId('completeness')).toHaveText(`${afterFix}%`);

    // 5. Aomori approves: the profile is published.
    await aomori.reload();
    await expect(aomori.getByTestId('profile-status')).toHaveText('審査中');
    await aomori.getByRole('button', { name: '承認する' }).click();
    await confirmIn(aomori, '承認する');
    await expect(aomori.getByTestId('profile-status')).toHaveText('公開中');
    await expect(aomori.getByTestId('published-at')).toContainText('JST に承認');

    await host.reload();
    await expect(host.getByTestId('profile-status')).toHaveText('公開中');
    await expect(host.getByTestId('published-at')).toContainText('JST に承認');
  });
});
