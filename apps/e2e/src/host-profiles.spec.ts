import { Browser, devices, expect, Page, test } from '@playwright/test';
import type { CurrentUserResponse, HostProfileResponse } from '@renkei/contract';
import { expectNoAxeViolations } from './support/axe';
import { signIn } from './support/demo-accounts';

/**
 * Issue 6 end to end with the demo accounts: the host (西北五さくら病院（デモ）, DEMO-H-0204, published
 * in the demo's 2026 round) fills in its profile and sees its completeness rise, submits; Aomori
 * returns it with a comment; the host fixes and resubmits; Aomori approves. Then a resident on a
 * phone finds the host by its kana reading and filters, opens it, compares it with another host,
 * saves it, asks for alerts and confirms them from the mail; axe finds nothing on the public pages.
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

test.describe('host profiles and the public directory', () => {
  test('a host writes its profile, Aomori approves it, a resident on a phone finds, compares and saves it', async ({ browser }) => {
    test.setTimeout(300_000);
    const host = await personPage(browser, 'host@demo.renkei.test');
    const me = (await (await host.request.get('/api/auth/me')).json()) as CurrentUserResponse;
    const facilityId = me.roles.find((role) => role.role === 'host-facility')?.facilityId;
    expect(facilityId).toBeTruthy();

    // 1. The host opens its profile from the navigation and fills in a few items.
    await host.getByRole('navigation', { name: 'メインナビゲーション' }).getByRole('link', { name: '受入施設プロフィール' }).click();
    await expect(host.getByRole('heading', { level: 1, name: '西北五さくら病院（デモ）のプロフィール' })).toBeVisible();
    await expect(host.getByTestId('profile-status')).toHaveText('下書き');
    await expect(host.getByTestId('completeness')).toHaveText('0%');
    await expectNoAxeViolations(host);

    await host.getByLabel('施設名のよみがな').fill('せいほくごさくらびょういん');
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

    // 6. A resident on a phone: the kana reading finds the kanji name, filters narrow it, the URL holds the search.
    const phone = await (await browser.newContext({ ...devices['Pixel 7'] })).newPage();
    await phone.goto('/ja/hosts');
    await expect(phone.getByRole('heading', { level: 1, name: '連携先を探す' })).toBeVisible();
    await expect(phone.getByTestId('result-count')).toContainText('件の連携先が見つかりました');
    await expectNoAxeViolations(phone);
    await phone.getByTestId('host-search').fill('セイホクゴ');
    await phone.getByRole('button', { name: '検索', exact: true }).click();
    const ours = phone.locator(`article[data-facility="${facilityId}"]`);
    await expect(ours).toBeVisible();
    await phone.getByRole('button', { name: /絞り込み/ }).click();
    await phone.getByRole('checkbox', { name: /^寮あり/ }).check();
    await phone.getByTestId('filter-specialty').press('Enter');
    await phone.getByRole('option', { name: /^内科/ }).click();
    await expect(phone).toHaveURL(/[?&]dormitory=true/);
    await expect(phone).toHaveURL(/[?&]specialty=internal-medicine/);
    await expect(ours).toBeVisible();
    await expect(phone.getByTestId('result-count')).toContainText('1 件の連携先が見つかりました');
    const shared = phone.url();
    const visitor = await (await browser.newContext({ ...devices['Pixel 7'] })).newPage();
    await visitor.goto(shared);
    await expect(visitor.locator(`article[data-facility="${facilityId}"]`)).toBeVisible();
    await expect(visitor.getByTestId('host-search')).toHaveValue('セイホクゴ');
    // A condition the host did not claim (car not needed is unanswered) leaves it out.
    await phone.getByRole('checkbox', { name: /^車がなくても通える/ }).check();
    await expect(ours).toHaveCount(0);
    await phone.getByRole('checkbox', { name: /^車がなくても通える/ }).uncheck();
    await expect(ours).toBeVisible();

    // 7. It opens the host page: places with why the host may host, the approved answers.
    await ours.getByRole('link', { name: '西北五さくら病院（デモ）' }).click();
    await expect(phone.getByTestId('host-name')).toHaveText('西北五さくら病院（デモ）');
    await expect(phone.getByTestId('host-places')).toContainText('内科');
    await expect(phone.getByTestId('training-items')).toContainText('当直は2人体制で、内科の上級医がオンコールで控えています。');
    await expectNoAxeViolations(phone);

    // 8. It compares the host with another Aomori host, side by side.
    await phone.getByRole('button', { name: /比較に追加/ }).click();
    await phone.goto('/ja/hosts?prefecture=02');
    const other = phone
      .locator('article[data-facility]')
      .filter({ hasNot: phone.locator(`[id="host-${facilityId}"]`) })
      .first();
    await expect(other).toBeVisible();
    const otherName = (await other.getByRole('heading').first().textContent())?.trim() ?? '';
    await other.getByRole('button', { name: /比較に追加/ }).click();
    await phone.getByTestId('compare-link').click();
    await expect(phone.getByRole('columnheader', { name: /西北五さくら病院（デモ）/ })).toBeVisible();
    await expect(phone.getByRole('columnheader', { name: new RegExp(otherName.replace(/[()（）]/g, '.')) })).toBeVisible();
    await expectNoAxeViolations(phone);

    // 9. It saves the host and asks to be told about it: the confirmation mail arrives and its link confirms.
    await phone.goto(`/ja/hosts/${facilityId}`);
    await phone.getByRole('button', { name: /^保存/ }).click();
    await phone.goto('/ja/hosts/saved');
    await expect(phone.getByTestId('saved-hosts')).toContainText('西北五さくら病院（デモ）');
    const resident = `resident-${Date.now()}@example.jp`;
    await phone.getByTestId('alert-email').fill(resident);
    await phone.getByRole('button', { name: '確認メールを送る' }).click();
    await expect(phone.getByTestId('alert-sent')).toContainText('確認メールを送りました。');

    const jmsb = await personPage(browser, 'jmsb@demo.renkei.test');
    let mailId = '';
    await expect
      .poll(
        async () => {
          const mailbox = (await (await jmsb.request.get('/api/dev-mailbox')).json()) as {
            messages: { id: string; recipient: string; subject: string }[];
          };
          mailId = mailbox.messages.find((mail) => mail.recipient === resident)?.id ?? '';
          return mailId;
        },
        { timeout: 20_000, message: 'confirmation mail not delivered' },
      )
      .not.toBe('');
    const mail = (await (await jmsb.request.get(`/api/dev-mailbox/${mailId}`)).json()) as { subject: string; text: string };
    expect(mail.subject).toBe('【renkei】連携先施設のお知らせメールの登録確認');
    expect(mail.text).toContain('/ja/hosts/alerts/unsubscribe?token=');
    const confirmLink = /https?:\/\/\S+\/ja\/hosts\/alerts\/confirm\?token=[A-Za-z0-9_-]+/.exec(mail.text)?.[0] ?? '';
    expect(confirmLink).not.toBe('');
    await phone.goto(new URL(confirmLink).pathname + new URL(confirmLink).search);
    await phone.getByRole('button', { name: '登録を完了する' }).click();
    await expect(phone.getByText('登録が完了しました。')).toBeVisible();
    await expect(phone.getByText('西北五さくら病院（デモ）')).toBeVisible();
  });
});
