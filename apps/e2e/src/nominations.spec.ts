import { APIRequestContext, Browser, BrowserContext, expect, Page, test } from '@playwright/test';
import type { CandidateResponse, SubmissionResponse } from '@renkei/contract';
import { signIn } from './support/demo-accounts';

/**
 * The nomination workflow end to end with the demo accounts: the JMSB opens the 2027 round,
 * Aomori fills and submits its list, the JMSB sends it to the societies, internal medicine returns
 * the row, Aomori fixes and resubmits it, the society confirms, the JMSB publishes, and anyone
 * can see and download the host list.
 */
const SPECIALTY = 'internal-medicine';

async function personPage(browser: Browser, email?: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (email) {
    await signIn(page, email);
  }
  return page;
}

/** Unsafe API calls from a signed-in page need the XSRF header echoing its cookie. */
async function xsrfHeaders(context: BrowserContext): Promise<Record<string, string>> {
  const token = (await context.cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
  return { 'X-XSRF-TOKEN': token };
}

async function listOf(request: APIRequestContext, roundId: string): Promise<SubmissionResponse> {
  const response = await request.get(`/api/rounds/${roundId}/submissions/02`);
  expect(response.status()).toBe(200);
  return (await response.json()) as SubmissionResponse;
}

function inDays(days: number): string {
  return new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);
}

async function confirmDialog(page: Page): Promise<void> {
  await page.getByRole('alertdialog').getByTestId('confirm').click();
}

test('nomination round: JMSB → Aomori → society → published host list', async ({ browser }, testInfo) => {
  test.setTimeout(180_000);

  // 1. The JMSB opens the 2027 round.
  const jmsb = await personPage(browser, 'jmsb@demo.renkei.test');
  await jmsb
    .getByRole('navigation', { name: 'メインナビゲーション' })
    .getByRole('link', { name: /^募集・推薦/ })
    .click();
  await expect(jmsb.getByRole('heading', { level: 1, name: '募集・推薦' })).toBeVisible();
  await jmsb.getByLabel('募集年度').fill('2027');
  await jmsb.getByLabel('都道府県の提出期限（日本時間のその日の終わり）').fill(inDays(14));
  await jmsb.getByLabel('学会の確認期限（日本時間のその日の終わり）').fill(inDays(28));
  await jmsb.getByLabel('都道府県・学会へのメッセージ').fill('連携先施設の候補の推薦をお願いします。');
  await jmsb.getByRole('button', { name: '募集を開始する' }).click();
  await expect(jmsb.getByText('2027年度の募集を開始しました。')).toBeVisible();
  await jmsb.locator('tr[data-year="2027"]').getByRole('link', { name: '2027年度', exact: true }).click();
  await expect(jmsb.getByRole('heading', { level: 1, name: '2027年度の募集' })).toBeVisible();
  const roundId = /rounds\/([0-9a-f-]{36})/.exec(jmsb.url())?.[1] ?? '';
  expect(roundId).not.toBe('');
  await expect(jmsb.getByTestId('round-status')).toHaveText('候補の受付中');

  // 2. Aomori: a task waits (badge), the pre-filled list opens from it.
  const aomori = await personPage(browser, 'aomori@demo.renkei.test');
  const badge = aomori.locator('nav a[data-nav-id="nominations"] .primary-nav__count');
  await expect(badge).toHaveAttribute('aria-label', /件の作業$/);
  await aomori.goto('/ja/nominations');
  await aomori.getByTestId('tasks').getByRole('link', { name: '候補リストを提出する' }).click();
  await expect(aomori.getByRole('heading', { level: 1, name: '青森県の候補リスト' })).toBeVisible();

  // The row to keep: a pre-filled internal-medicine row at a host in a physician-scarce area (from the API, not hard-coded).
  let list = await listOf(aomori.request, roundId);
  const kept = list.candidates.find(
    (row) => row.specialtyCode === SPECIALTY && row.origin === 'scarce-area' && row.facility.physicianScarceArea,
  ) as CandidateResponse;
  expect(kept).toBeDefined();
  const others = list.candidates.filter((row) => row.id !== kept.id);
  const keptCard = aomori.locator(`[data-candidate="${kept.facility.facilityCode}:${SPECIALTY}"]`);
  await expect(keptCard).toContainText('提出できない理由');
  await expect(aomori.getByRole('button', { name: 'リストを提出する' })).toBeDisabled();
  await expect(aomori.getByTestId('blockers')).toContainText('受入可能数（年間）');

  // Remove one other row in the page, the rest through the API (the list is long).
  if (others[0]) {
    const first = others[0];
    await aomori
      .locator(`[data-candidate="${first.facility.facilityCode}:${first.specialtyCode}"]`)
      .getByRole('button', { name: /^リストから外す/ })
      .click();
    await confirmDialog(aomori);
    await expect(aomori.locator(`[data-candidate="${first.facility.facilityCode}:${first.specialtyCode}"]`)).toHaveCount(0);
  }
  const headers = await xsrfHeaders(aomori.context());
  for (const row of others.slice(1)) {
    const response = await aomori.request.delete(`/api/rounds/${roundId}/candidates/${row.id}?version=${row.version}`, { headers });
    expect(response.status()).toBe(204);
  }
  await aomori.reload();
  await expect(aomori.locator('[data-candidate]')).toHaveCount(1);

  // Fill the row in the dialog.
  await keptCard.getByRole('button', { name: /^編集/ }).click();
  const dialog = aomori.getByRole('dialog');
  await dialog.getByLabel('受入可能数（年間）').fill('2');
  await dialog.getByRole('button', { name: '時期を追加' }).click();
  await dialog.getByLabel('開始月').fill('2027-04');
  await dialog.getByLabel('期間（か月）').fill('12');
  await dialog.getByLabel('担当者', { exact: true }).fill('青森 花子');
  await dialog.getByLabel('担当者の電話番号').fill('017-000-0000');
  await dialog.getByRole('button', { name: '保存する' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(keptCard).toContainText('提出できます');
  await expect(keptCard).toContainText('2027年4月から12か月');

  await aomori.getByRole('button', { name: 'リストを提出する' }).click();
  await confirmDialog(aomori);
  await expect(aomori.getByTestId('list-status')).toHaveText('提出済み');
  await testInfo.attach('aomori-submitted', { body: await aomori.screenshot({ fullPage: true }), contentType: 'image/png' });

  // Chiba cannot open Aomori's list.
  const chiba = await personPage(browser, 'chiba@demo.renkei.test');
  await chiba.goto(`/ja/nominations/rounds/${roundId}/prefectures/02`);
  await expect(chiba.getByTestId('refused')).toContainText('権限がありません');
  await expect(chiba.getByRole('button', { name: '候補を追加' })).toHaveCount(0);

  // 3. The JMSB sees Aomori submitted and sends the candidates to the societies.
  await jmsb.reload();
  await expect(jmsb.locator('tr[data-prefecture="02"]')).toContainText('提出済み');
  await expect(jmsb.getByRole('button', { name: '公表する' })).toBeDisabled();
  await jmsb.getByRole('button', { name: '学会へ送付する' }).click();
  await confirmDialog(jmsb);
  await expect(jmsb.getByTestId('round-status')).toHaveText('学会の確認中');

  // 4. Internal medicine returns the row with a comment.
  const society = await personPage(browser, 'internal-medicine@demo.renkei.test');
  await society.goto('/ja/nominations');
  await society.getByTestId('tasks').getByRole('link', { name: '候補を確認する' }).click();
  await expect(society.getByRole('heading', { level: 1, name: '内科の候補の確認' })).toBeVisible();
  const reviewCard = society.locator(`[data-candidate="${kept.facility.facilityCode}:${SPECIALTY}"]`);
  await expect(reviewCard.getByTestId('review-status')).toHaveText('確認待ち');
  await reviewCard.getByRole('button', { name: /^差し戻す/ }).click();
  await society.getByRole('alertdialog').getByLabel('都道府県へのコメント（必須）').fill('指導医数を確認し、受入可能数を見直してください。');
  await confirmDialog(society);
  await expect(reviewCard.getByTestId('review-status')).toHaveText('差し戻し');

  // 5. Aomori sees the comment, fixes the row and resubmits it.
  await aomori.reload();
  await expect(keptCard.getByTestId('review-comment')).toContainText('指導医数を確認し、受入可能数を見直してください。');
  await keptCard.getByRole('button', { name: /^編集/ }).click();
  await aomori.getByRole('dialog').getByLabel('受入可能数（年間）').fill('3');
  await aomori.getByRole('dialog').getByRole('button', { name: '保存する' }).click();
  await expect(aomori.getByRole('dialog')).toHaveCount(0);
  await keptCard.getByRole('button', { name: /^この行を再提出/ }).click();
  await expect(keptCard).toHaveAttribute('data-review', 'pending');
  list = await listOf(aomori.request, roundId);
  expect(list.candidates[0]).toMatchObject({ acceptableNumber: 3, reviewStatus: 'pending' });

  // 6. The society confirms (selecting the row and confirming the selection).
  await society.reload();
  await reviewCard.getByRole('checkbox').check();
  await society.getByRole('button', { name: '選択した 1 件を確認する' }).click();
  await confirmDialog(society);
  await expect(reviewCard.getByTestId('review-status')).toHaveText('確認済み');

  // 7. The JMSB publishes.
  await jmsb.reload();
  await jmsb.getByRole('button', { name: '公表する' }).click();
  await confirmDialog(jmsb);
  await expect(jmsb.getByTestId('round-status')).toHaveText('公表済み');

  // 8. Anyone sees the host and can download the list.
  const visitor = await personPage(browser);
  await visitor.goto('/ja/hosts');
  await visitor.getByRole('link', { name: /^2027年度の連携先施設/ }).click();
  const hostRow = visitor.locator(`tr[data-facility="${kept.facility.facilityCode}"]`).first();
  await expect(hostRow).toContainText('内科');
  await expect(hostRow).toContainText('青森県');
  await expect(hostRow).toContainText('2027年4月から12か月');
  await expect(hostRow).toContainText('サンプル');
  const csvHref = await visitor.getByTestId('download-csv').getAttribute('href');
  const csv = await visitor.request.get(csvHref ?? '');
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain(kept.facility.facilityCode);
  const xlsx = await visitor.request.get((await visitor.getByTestId('download-xlsx').getAttribute('href')) ?? '');
  expect(xlsx.status()).toBe(200);
  await testInfo.attach('published-hosts', { body: await visitor.screenshot({ fullPage: true }), contentType: 'image/png' });
});
