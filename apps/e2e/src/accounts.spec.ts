import { expect, Page, test } from '@playwright/test';
import { freshPage, signIn } from './support/demo-accounts';

/** The demo accounts `npm start` creates on a fresh embedded database (see apps/api/src/demo). */
/** The nominations item, with a task count badge once a round is open (e.g. 「募集・推薦3」). */
const NOMINATIONS = /^募集・推薦\d*$/;

const DEMO_ACCOUNTS = [
  {
    email: 'jmsb@demo.renkei.test',
    name: '日本専門医機構 デモ担当',
    roles: '日本専門医機構 担当者',
    nav: [NOMINATIONS, '連携プログラム', '分析', 'ルール・データ管理', '施設台帳', 'ユーザー管理', '監査ログ', '開発用メールボックス'],
  },
  {
    email: 'aomori@demo.renkei.test',
    name: '青森県 医療政策 デモ担当',
    roles: '青森県 担当者',
    nav: [NOMINATIONS, '連携プログラム', '分析', '施設台帳', '施設プロフィールの審査', '都道府県の共通情報', 'ユーザー管理', '監査ログ'],
  },
  {
    email: 'chiba@demo.renkei.test',
    name: '千葉県 医療政策 デモ担当',
    roles: '千葉県 担当者',
    nav: [NOMINATIONS, '連携プログラム', '分析', '施設台帳', '施設プロフィールの審査', '都道府県の共通情報', 'ユーザー管理', '監査ログ'],
  },
  {
    email: 'internal-medicine@demo.renkei.test',
    name: '内科学会 デモ担当',
    roles: '基本領域学会 担当者（内科）',
    nav: [NOMINATIONS, '分析', '監査ログ'],
  },
  {
    email: 'pediatrics@demo.renkei.test',
    name: '小児科学会 デモ担当',
    roles: '基本領域学会 担当者（小児科）',
    nav: [NOMINATIONS, '分析', '監査ログ'],
  },
  { email: 'base@demo.renkei.test', name: '東京みなと総合病院 研修担当（デモ）', roles: '基幹施設 担当者', nav: ['連携プログラム', '監査ログ'] },
  {
    email: 'host@demo.renkei.test',
    name: '西北五さくら病院 研修担当（デモ）',
    roles: '連携先施設 担当者',
    nav: ['連携の依頼', '受入施設プロフィール', '監査ログ'],
  },
] as const;

const PUBLIC_NAV = ['ホーム', '地域データ', '適格性チェック', '連携先を探す'];

function primaryNav(page: Page) {
  return page.getByRole('navigation', { name: 'メインナビゲーション' }).getByRole('link');
}

function userMenu(page: Page) {
  return page.getByTestId('user-menu');
}

test.describe('accounts: sign-in, navigation per role, invitations, sign-out', () => {
  for (const account of DEMO_ACCOUNTS) {
    test(`${account.email} signs in and sees its own navigation and roles`, async ({ page }) => {
      await signIn(page, account.email);

      await expect(page).toHaveURL(/\/ja\/$/);
      await expect(userMenu(page)).toContainText(account.name);
      await expect(userMenu(page)).toContainText(account.roles);
      await expect(primaryNav(page)).toHaveText([...PUBLIC_NAV, ...account.nav]);
      await expect(page.getByRole('link', { name: 'サインイン' })).toHaveCount(0);
    });
  }

  test('a society reviewer has no user management, not even by URL', async ({ page }) => {
    await signIn(page, 'pediatrics@demo.renkei.test');
    await expect(userMenu(page)).toBeVisible();
    await expect(primaryNav(page).filter({ hasText: 'ユーザー管理' })).toHaveCount(0);

    await page.goto('/ja/admin/users');
    await expect(page.getByRole('heading', { level: 1, name: 'このページを表示する権限がありません' })).toBeVisible();

    await primaryNav(page).filter({ hasText: '監査ログ' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '監査ログ' })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'pediatrics@demo.renkei.test' }).first()).toBeVisible();
  });

  test('wrong password and empty fields: messages in an alert and next to each field', async ({ page }) => {
    await page.goto('/ja/sign-in');
    await page.getByRole('button', { name: 'サインイン', exact: true }).click();
    const email = page.getByLabel('メールアドレス');
    await expect(page.locator('mat-form-field', { has: email })).toContainText('入力してください。');
    await expect(email).toBeFocused();
    await email.fill('not-an-email');
    await expect(page.locator('mat-form-field', { has: email })).toContainText('メールアドレスの形式で入力してください');
    await expect(email).toHaveAttribute('aria-invalid', 'true');

    await email.fill('jmsb@demo.renkei.test');
    await page.getByLabel('パスワード', { exact: true }).fill('not the password');
    await page.getByRole('button', { name: 'サインイン', exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText('メールアドレスまたはパスワードが正しくありません。');
    await expect(page).toHaveURL(/\/ja\/sign-in$/);
  });

  test('the JMSB invites a prefectural officer; the mail is in the development mailbox; its link works once', async ({ page, browser }, testInfo) => {
    const invitee = { email: `aomori-officer-${Date.now()}@e2e.renkei.invalid`, name: '青森 太郎（E2E）' };

    // 1. The JMSB sends the invitation from user management.
    await signIn(page, 'jmsb@demo.renkei.test');
    await primaryNav(page).filter({ hasText: 'ユーザー管理' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'ユーザー管理' })).toBeVisible();
    await page.getByRole('button', { name: '招待フォームを開く' }).click();
    const inviteForm = page.locator('#invite-panel');
    await inviteForm.getByRole('textbox', { name: 'メールアドレス' }).fill(invitee.email);
    await inviteForm.getByRole('textbox', { name: '氏名（表示名）' }).fill(invitee.name);
    await expect(inviteForm.getByRole('combobox', { name: '役割' })).toContainText('都道府県 担当者');
    await inviteForm.getByRole('combobox', { name: '担当する都道府県' }).click();
    await page.getByRole('option', { name: '02 青森県' }).click();
    await inviteForm.getByRole('button', { name: '招待メールを送る' }).click();
    await expect(inviteForm.getByRole('status')).toContainText(`${invitee.email} に招待メールを送りました。`);
    const row = page.getByRole('row').filter({ hasText: invitee.email });
    await expect(row).toContainText('青森県 担当者');
    await expect(row).toContainText('招待中');

    // 2. The invitation is in the development mailbox (delivered by the outbox worker, so allow it a moment).
    await primaryNav(page).filter({ hasText: '開発用メールボックス' }).click();
    await expect(page.getByText('開発用メールボックス — 開発環境専用です。ここにあるメールは実際には送信されていません。')).toBeVisible();
    const mailRow = page.getByRole('row').filter({ hasText: invitee.email });
    await expect(async () => {
      await page.getByRole('button', { name: '最新の状態に更新' }).click();
      await expect(mailRow).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await mailRow.getByRole('link', { name: 'renkei へのご招待' }).click();
    await expect(page.getByTestId('mail-recipient')).toHaveText(invitee.email);
    await expect(page.frameLocator('iframe[title="メール本文（HTML）"]').getByText('都道府県 担当者（青森県）')).toBeVisible();
    const link = (await page.getByTestId('mail-link').first().textContent()) ?? '';
    const token = /\/ja\/invitation\/([A-Za-z0-9_-]{43})$/.exec(link.trim())?.[1];
    expect(token, `invitation link in the mail: ${link}`).toBeTruthy();
    await testInfo.attach('dev-mailbox', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });

    // 3. The invitee (another browser) follows the link and chooses a password.
    const inviteePage = await freshPage(browser);
    await inviteePage.goto(`/ja/invitation/${token}`);
    await expect(inviteePage.getByRole('heading', { level: 1, name: '招待を承諾してパスワードを設定' })).toBeVisible();
    await expect(inviteePage.getByTestId('invitation-email')).toHaveText(invitee.email);
    const password = inviteePage.getByLabel('パスワード', { exact: true });
    const passwordField = inviteePage.locator('mat-form-field', { has: password });
    const accept = inviteePage.getByRole('button', { name: 'パスワードを設定して始める' });

    await password.fill('short');
    await accept.click();
    await expect(passwordField).toContainText('パスワードは 8 文字以上にしてください。');
    await expect(password).toHaveAttribute('aria-invalid', 'true');

    await password.fill('password');
    await accept.click();
    await expect(passwordField).toContainText('よく使われていて推測されやすいパスワードです。');

    await password.fill('a long passphrase for aomori');
    await accept.click();
    await expect(inviteePage).toHaveURL(/\/ja\/$/);
    await expect(userMenu(inviteePage)).toContainText(invitee.name);
    await expect(userMenu(inviteePage)).toContainText('青森県 担当者');
    await expect(primaryNav(inviteePage)).toHaveText([
      ...PUBLIC_NAV,
      NOMINATIONS,
      '連携プログラム',
      '分析',
      '施設台帳',
      '施設プロフィールの審査',
      '都道府県の共通情報',
      'ユーザー管理',
      '監査ログ',
    ]);

    // 4. The same link again: "already used", with the way forward.
    await inviteePage.goto(`/ja/invitation/${token}`);
    await expect(inviteePage.getByRole('heading', { level: 1, name: 'この招待リンクはすでに使用されています' })).toBeVisible();
    await expect(inviteePage.getByRole('link', { name: 'パスワードを再設定する' })).toBeVisible();
    await inviteePage.context().close();

    // 5. The JMSB now sees the account active, and the invitation in the audit log.
    await primaryNav(page).filter({ hasText: 'ユーザー管理' }).click();
    await expect(page.getByRole('row').filter({ hasText: invitee.email })).toContainText('有効');
    await primaryNav(page).filter({ hasText: '監査ログ' }).click();
    await page.getByRole('combobox', { name: '操作の種類' }).click();
    await page.getByRole('option', { name: 'ユーザー・役割（user.）' }).click();
    await expect(page).toHaveURL(/action=user\./);
    await expect(page.getByRole('row').filter({ hasText: '招待の承諾' }).first()).toContainText(invitee.email);
    await expect(page.getByRole('link', { name: 'CSV をダウンロード' })).toHaveAttribute('href', '/api/audit/export.csv?action=user.');
  });

  test('an unknown invitation link says so and what to do', async ({ page }) => {
    await page.goto(`/ja/invitation/${'x'.repeat(43)}`);
    await expect(page.getByRole('heading', { level: 1, name: 'この招待リンクは無効です' })).toBeVisible();
    await expect(page.getByText('招待した方に招待を送り直してもらってください')).toBeVisible();

    await page.goto(`/en/reset-password/${'y'.repeat(43)}`);
    await expect(page.getByRole('heading', { level: 1, name: 'This password reset link is not valid' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Ask for a new reset link' })).toHaveAttribute('href', '/en/forgot-password');
  });

  test('sign out ends the session: the account pages ask to sign in again', async ({ page }) => {
    await signIn(page, 'host@demo.renkei.test');
    await expect(userMenu(page)).toContainText('連携先施設 担当者');

    await userMenu(page).click();
    await page.getByRole('menuitem', { name: 'サインアウト' }).click();

    await expect(page).toHaveURL(/\/ja\/$/);
    await expect(page.getByRole('link', { name: 'サインイン' })).toBeVisible();
    await expect(userMenu(page)).toHaveCount(0);
    await expect(primaryNav(page)).toHaveText(PUBLIC_NAV);

    await page.goto('/ja/admin/audit');
    await expect(page).toHaveURL(/\/ja\/sign-in\?returnUrl=%2Fadmin%2Faudit/);
    await expect(page.getByText('このページを表示するにはサインインしてください。')).toBeVisible();
  });
});
