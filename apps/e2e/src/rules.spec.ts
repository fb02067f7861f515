import { expect, Page, test } from '@playwright/test';
import { signIn } from './support/demo-accounts';

const SUFFICIENCY_HEADER = 'specialty_code,prefecture_code,ratio,ratio_lower_bound,ratio_upper_bound';

function primaryNav(page: Page) {
  return page.getByRole('navigation', { name: 'メインナビゲーション' }).getByRole('link');
}

/** Opens the dataset import page from the navigation and fills in a sufficiency dataset's fields and file. */
async function uploadSufficiency(page: Page, code: string, csv: string): Promise<void> {
  await primaryNav(page).filter({ hasText: 'ルール・データ管理' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'ルール・データ管理' })).toBeVisible();
  await page.getByRole('tab', { name: 'データセットと取り込み' }).click();
  await page.getByRole('link', { name: 'ファイルから取り込む' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'データセットの取り込み' })).toBeVisible();
  await page.getByRole('textbox', { name: 'データセットのコード' }).fill(code);
  await page.getByRole('textbox', { name: '名称（日本語）' }).fill(`E2E ${code}`);
  await page.getByRole('textbox', { name: '名称（英語）' }).fill(`E2E ${code}`);
  await page.getByRole('textbox', { name: '出典' }).fill('Browser test file');
  await page.getByRole('textbox', { name: '一覧にない都道府県の充足率（この値より大きい）' }).fill('0.8');
  await page.getByLabel('ファイル（CSV または .xlsx）').setInputFiles({ name: `${code}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'アップロードして確認' }).click();
}

test.describe('rules & data (JMSB)', () => {
  test('a file with a bad row: the row, column and message are shown and nothing is imported', async ({ page }) => {
    await signIn(page, 'jmsb@demo.renkei.test');
    const csv = [SUFFICIENCY_HEADER, 'internal-medicine,13,0.75,,', 'internal-medicine,99,0.6,,', 'pediatrics,02,0.7,0.5,'].join('\n');
    await uploadSufficiency(page, 'e2e-bad', csv);

    const issues = page.getByTestId('import-issues');
    await expect(page.getByRole('alert').filter({ hasText: '2 件の問題があります。何も取り込まれていません。' })).toBeVisible();
    await expect(issues.getByRole('row').nth(1)).toContainText('3');
    await expect(issues.getByRole('row').nth(1)).toContainText('prefecture_code');
    await expect(issues.getByRole('row').nth(1)).toContainText('"99" is not a prefecture code (01–47)');
    await expect(issues.getByRole('row').nth(2)).toContainText('4');
    await expect(issues.getByRole('row').nth(2)).toContainText('give either an exact ratio or a band, not both');
    await expect(page.getByRole('button', { name: '取り込む', exact: true })).toBeDisabled();

    await page.getByRole('link', { name: '← データセットの一覧へ' }).click();
    const datasets = page.getByTestId('sufficiency-datasets');
    await expect(datasets.getByRole('row').filter({ hasText: '2022' })).toBeVisible();
    await expect(datasets).not.toContainText('e2e-bad');
    await expect(page.getByTestId('ceiling-datasets')).toContainText('サンプル（実際の数値ではありません）');
  });

  test('a clean file: import, draft a 2027 rule set reading it, see what moves, activate it', async ({ page }, testInfo) => {
    // Many steps, and the diff re-evaluates every decision twice.
    test.slow();
    await signIn(page, 'jmsb@demo.renkei.test');
    // Tokyo internal medicine at 0.75: under 2027's ②' threshold (0.8), where 2022 has it above 0.8.
    await uploadSufficiency(page, 'e2e-2027', [SUFFICIENCY_HEADER, 'internal-medicine,13,0.75,,'].join('\n'));
    await expect(page.getByText('問題はありません。「取り込む」を押すまで、何も変更されません。')).toBeVisible();
    await expect(page.getByTestId('import-summary')).toContainText('New dataset e2e-2027: 1 values for 1 specialties.');
    await page.getByRole('button', { name: '取り込む', exact: true }).click();
    await expect(page.getByTestId('import-result')).toContainText('取り込みました');

    // Draft from the active 2027 version, reading the new dataset as well as 2022 ("any of").
    await page.getByRole('link', { name: '2027 年度募集（有効な第 1 版）をもとに下書きを作成' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /新しい下書き/ })).toBeVisible();
    await expect(page.getByRole('combobox', { name: '足下充足率（いずれかで可）' })).toContainText('e2e-2027');
    await page.getByRole('button', { name: '下書きを保存' }).click();
    await expect(page.locator('mat-form-field', { has: page.getByRole('textbox', { name: '出典・変更の理由' }) })).toContainText(
      '入力してください。',
    );
    await page.getByRole('textbox', { name: '出典・変更の理由' }).fill('E2E: 東京都の内科を 0.75 とするデータセットを加える');
    await page.getByRole('button', { name: '下書きを保存' }).click();

    // The draft's page: not in force, reads both datasets, and shows what would move.
    await expect(page.getByRole('heading', { level: 2, name: /2027 年度募集 第 2 版/ })).toBeVisible();
    await expect(page.getByTestId('rule-set-status')).toHaveText('下書き');
    await expect(page.getByTestId('sufficiency-datasets')).toHaveText('2022, e2e-2027');
    const prefectures = page.getByTestId('diff-prefectures');
    // The diff re-evaluates every stored decision under both versions: allow it time on a busy machine.
    await expect(prefectures).toContainText('対象になる: 1', { timeout: 30_000 });
    await expect(prefectures).toContainText('対象でなくなる: 0');
    const gained = prefectures.locator('table[data-kind="gained"]').getByRole('row').filter({ hasText: '東京都' });
    await expect(gained).toContainText('内科');
    await expect(gained).toContainText("②'");
    await expect(gained).toContainText('対象外');
    await testInfo.attach('rule-set-diff', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });

    await page.getByRole('button', { name: 'この版を有効にする' }).click();
    await expect(page.getByRole('alertdialog')).toContainText('2027 年度募集の第 2 版を有効にします。');
    await page.getByRole('alertdialog').getByRole('button', { name: '有効にする' }).click();

    await expect(page.getByRole('heading', { level: 2, name: 'ルールセット' })).toBeVisible();
    const year2027 = page.locator('section[data-year="2027"]');
    await expect(year2027.locator('tr[data-version="2"]')).toContainText('有効');
    await expect(year2027.locator('tr[data-version="1"]')).toContainText('廃止');

    // Put version 1 back so other tests see the default 2027 rules.
    await year2027.getByRole('link', { name: '第 1 版', exact: true }).click();
    await page.getByRole('button', { name: 'この版を有効にする' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: '有効にする' }).click();
    await expect(year2027.locator('tr[data-version="1"]')).toContainText('有効');
  });

  test('a transitional exception: granted with its source note, listed as active, then deactivated', async ({ page }) => {
    await signIn(page, 'jmsb@demo.renkei.test');
    await page.goto('/ja/rules/exceptions');
    await expect(page.getByRole('heading', { level: 2, name: '経過措置' })).toBeVisible();
    // Open each select from the keyboard (its floating label can cover the trigger) and close it before the next.
    const chooseIn = async (field: string, option: string) => {
      await page.getByRole('combobox', { name: field, exact: true }).press('Enter');
      await page.getByRole('option', { name: option, exact: true }).click();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('listbox')).toHaveCount(0);
    };
    await page.getByRole('textbox', { name: '名称（日本語）' }).fill('E2E 青森の内科 経過措置');
    await page.getByRole('textbox', { name: '名称（英語）' }).fill('E2E Aomori internal medicine');
    await page.getByRole('textbox', { name: '出典・理由' }).fill('E2E: 部会資料 p. 46');
    await chooseIn('募集年度', '2026');
    await chooseIn('区分', "特別地域連携プログラム（③・②'）");
    await chooseIn('満たしたものとする条件', '医師少数区域等に所在');
    await chooseIn('都道府県', '02 青森県');
    await page.getByRole('button', { name: '経過措置を登録' }).click();
    await expect(page.getByRole('status').filter({ hasText: '経過措置「E2E 青森の内科 経過措置」を登録しました。' })).toBeVisible();

    const row = page.getByRole('row').filter({ hasText: 'E2E 青森の内科 経過措置' });
    await expect(row).toContainText('有効');
    await expect(row).toContainText('青森県');
    await expect(row).toContainText('E2E: 部会資料 p. 46');
    await row.getByRole('button', { name: '無効にする（E2E 青森の内科 経過措置）' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: '無効にする' }).click();
    await expect(row).toContainText('無効');
    await expect(row.getByRole('button')).toHaveCount(0);
  });

  test('a prefectural officer has no rules & data pages, not even by URL', async ({ page }) => {
    await signIn(page, 'aomori@demo.renkei.test');
    await expect(primaryNav(page).filter({ hasText: 'ルール・データ管理' })).toHaveCount(0);
    await page.goto('/ja/rules/datasets/import');
    await expect(page.getByRole('heading', { level: 1, name: 'このページを表示する権限がありません' })).toBeVisible();
  });
});
