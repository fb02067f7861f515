import { expect, test } from '@playwright/test';
import { freshPage, signIn } from './support/demo-accounts';

test.describe('facility registry and physician-scarce designations', () => {
  test('a prefecture registers and edits its facilities; another prefecture does not see them; a stale edit conflicts', async ({ page, browser }) => {
    await signIn(page, 'aomori@demo.renkei.test');
    await page.getByRole('navigation', { name: 'メインナビゲーション' }).getByRole('link', { name: '施設台帳' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '施設台帳' })).toBeVisible();
    await expect(page.locator('tr[data-facility="SAMPLE-02-1"]')).toContainText('サンプル');

    await page.getByRole('button', { name: '施設を登録' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '保存する' }).click();
    await expect(dialog.getByText('入力してください。').first()).toBeVisible();
    await dialog.getByLabel('施設管理コード').fill('E2E-0204-1');
    await dialog.getByLabel('施設名').fill('ブラウザテスト記念病院');
    await dialog.getByLabel('二次医療圏').click();
    await page.getByRole('option', { name: '0204 西北五地域' }).click();
    await dialog.getByLabel('市区町村').fill('つがる市');
    await dialog.getByLabel('住所').fill('青森県つがる市テスト1-1');
    await dialog.getByLabel('病床数').fill('120');
    await dialog.getByRole('button', { name: '保存する' }).click();
    const row = page.locator('tr[data-facility="E2E-0204-1"]');
    await expect(row).toContainText('ブラウザテスト記念病院');
    await expect(row).toContainText('医師少数区域');

    // Two officers open the same facility; the second save is refused instead of overwriting.
    const other = await freshPage(browser);
    await signIn(other, 'aomori@demo.renkei.test');
    await other.goto('/ja/facilities');
    await other.getByRole('button', { name: '編集（ブラウザテスト記念病院）' }).click();
    await row.getByRole('button', { name: '編集（ブラウザテスト記念病院）' }).click();
    await dialog.getByLabel('病床数').fill('150');
    await dialog.getByRole('button', { name: '保存する' }).click();
    await expect(row).toContainText('150');
    const otherDialog = other.getByRole('dialog');
    await otherDialog.getByLabel('病床数').fill('90');
    await otherDialog.getByRole('button', { name: '保存する' }).click();
    await expect(otherDialog.getByRole('alert')).toContainText('別の担当者が保存しています');

    const chiba = await freshPage(browser);
    await signIn(chiba, 'chiba@demo.renkei.test');
    await chiba.goto('/ja/facilities');
    await expect(chiba.locator('tr[data-facility="SAMPLE-12-1"]')).toBeVisible();
    await expect(chiba.locator('tr[data-facility="E2E-0204-1"]')).toHaveCount(0);
    await expect(chiba.locator('tr[data-facility="SAMPLE-02-1"]')).toHaveCount(0);
  });

  test('a facility file with a bad row shows the row and imports nothing; the fixed file imports', async ({ page }) => {
    const header = 'facility_code,name,kind,secondary_medical_area_code,municipality,address,bed_count,base_facility,host_facility';
    const good = 'E2E-IMP-1,インポート記念病院,hospital,0205,十和田市,青森県十和田市テスト1,200,no,yes';
    const otherPrefecture = 'E2E-IMP-2,県外テスト病院,hospital,1201,千葉市,千葉県千葉市テスト1,100,no,yes';
    await signIn(page, 'aomori@demo.renkei.test');
    await page.goto('/ja/facilities');
    await page.getByRole('button', { name: 'ファイルから取り込む' }).click();
    const upload = async (rows: string[]) => {
      await page.getByLabel('ファイル（CSV または .xlsx）').setInputFiles({
        name: 'facilities.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from([header, ...rows].join('\n')),
      });
      await page.getByRole('button', { name: 'アップロードして確認' }).click();
    };
    await upload([good, otherPrefecture]);
    const issue = page.getByTestId('import-issues').getByRole('row').nth(1);
    await expect(issue).toContainText('3');
    await expect(issue).toContainText('secondary_medical_area_code');
    await expect(issue).toContainText("you can import only your own prefecture's facilities");
    await expect(page.getByRole('button', { name: '取り込む', exact: true })).toBeDisabled();
    await expect(page.locator('tr[data-facility="E2E-IMP-1"]')).toHaveCount(0);

    await upload([good]);
    await page.getByRole('button', { name: '取り込む', exact: true }).click();
    await expect(page.locator('tr[data-facility="E2E-IMP-1"]')).toContainText('インポート記念病院');
  });

  test('a prefecture designates a physician-scarce spot with a reason and removes it', async ({ page }) => {
    await signIn(page, 'aomori@demo.renkei.test');
    await page.goto('/ja/facilities/designations');
    await expect(page.locator('tr[data-area="0204"]')).toContainText('医師少数区域');
    await page.getByLabel('市区町村').fill('弘前市');
    await page.getByRole('button', { name: '指定する' }).click();
    await expect(page.getByLabel('理由')).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel('理由').fill('へき地診療所を抱えるため');
    await page.getByRole('button', { name: '指定する' }).click();
    const spot = page.locator('li[data-spot="弘前市"]');
    await expect(spot).toContainText('へき地診療所を抱えるため');
    await spot.getByRole('button', { name: '指定を解除（弘前市）' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '解除する' }).click();
    await expect(spot).toHaveCount(0);
  });

  test('a society reviewer cannot open the registry', async ({ page }) => {
    await signIn(page, 'internal-medicine@demo.renkei.test');
    await page.goto('/ja/facilities');
    await expect(page).toHaveURL(/\/forbidden/);
  });
});
