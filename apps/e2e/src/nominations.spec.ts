import { APIRequestContext, Browser, BrowserContext, expect, Page, test } from '@playwright/test';
import type { CandidateResponse, SubmissionResponse } from '@renkei/contract';
import { Workbook } from 'exceljs';
import { expectNoAxeViolations } from './support/axe';
import { DEMO_HOST_FACILITY, signIn } from './support/demo-accounts';

/**
 * The nomination workflow end to end with the demo accounts: the JMSB opens the 2027 round; Aomori
 * and Chiba submit their lists (Chiba with a host outside a scarce area and its reason, and a row
 * refused because Chiba cannot host that specialty); the JMSB sends them to the societies; internal
 * medicine returns Chiba's row and confirms the others; Chiba fixes and resubmits it; the society
 * confirms; the JMSB publishes; anyone sees and downloads the host list; every step's e-mail arrives.
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

async function listOf(request: APIRequestContext, roundId: string, prefectureCode = '02'): Promise<SubmissionResponse> {
  const response = await request.get(`/api/rounds/${roundId}/submissions/${prefectureCode}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as SubmissionResponse;
}

function inDays(days: number): string {
  return new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);
}

/** The fields of a filled-in row, for rows set up through the API. */
const ROW_FIELDS = {
  acceptableNumber: 2,
  acceptablePeriods: [{ startMonth: '2027-04', months: 12 }],
  contactName: '',
  contactEmail: null,
  contactPhone: '043-000-0000',
  reasonOutsideScarce: '',
  councilConsultedOn: null,
  councilNote: '',
  universityConsultedOn: null,
  universityNote: '',
};

/** Adds a facility × specialty row through the page's dialog, filled in except for what is passed. */
async function addRow(page: Page, facilityCode: string, specialtyName: string, reason = ''): Promise<void> {
  await page.getByRole('button', { name: '候補を追加' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('facility').click();
  await page.getByRole('option', { name: new RegExp(`^${facilityCode} `) }).click();
  await dialog.getByTestId('specialty').click();
  await page.getByRole('option', { name: specialtyName, exact: true }).click();
  await dialog.getByLabel('受入可能数（年間）').fill('1');
  await dialog.getByRole('button', { name: '時期を追加' }).click();
  await dialog.getByLabel('開始月').fill('2027-10');
  await dialog.getByLabel('期間（か月）').fill('6');
  await dialog.getByLabel('担当者', { exact: true }).fill('千葉 一郎');
  if (reason) {
    await dialog.getByLabel('医師少数区域・スポット外の推薦理由').fill(reason);
  }
  await dialog.getByRole('button', { name: '保存する' }).click();
  await expect(dialog).toHaveCount(0);
}

async function confirmDialog(page: Page): Promise<void> {
  await page.getByRole('alertdialog').getByTestId('confirm').click();
}

test('nomination round: JMSB → Aomori and Chiba → society → published host list, with every e-mail', async ({ browser }, testInfo) => {
  test.setTimeout(300_000);

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

  // The row to keep: last round's internal-medicine host in a physician-scarce area (the demo published 2026),
  // pre-filled with its acceptable number and its periods one year on (from the API, not hard-coded).
  const list = await listOf(aomori.request, roundId);
  const kept = list.candidates.find(
    (row) => row.specialtyCode === SPECIALTY && row.origin === 'previous-host' && row.facility.facilityCode === DEMO_HOST_FACILITY.code,
  ) as CandidateResponse;
  expect(kept.facility.physicianScarceArea).toBe(true);
  expect(kept).toBeDefined();
  expect(kept.acceptableNumber).not.toBeNull();
  expect(kept.acceptablePeriods.length).toBeGreaterThan(0);
  expect(kept.acceptablePeriods.every((period) => period.startMonth.startsWith('2027-'))).toBe(true);
  const others = list.candidates.filter((row) => row.id !== kept.id);
  const keptCard = aomori.locator(`[data-candidate="${kept.facility.facilityCode}:${SPECIALTY}"]`);
  await expect(keptCard).toContainText('前回の連携先（自動入力）');
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

  // Confirm last year's answers with this year's figures in the dialog: one period, from April for 12 months.
  await keptCard.getByRole('button', { name: /^編集/ }).click();
  const dialog = aomori.getByRole('dialog');
  await dialog.getByLabel('受入可能数（年間）').fill('2');
  for (let remaining = kept.acceptablePeriods.length; remaining > 1; remaining -= 1) {
    await dialog
      .getByRole('button', { name: /^受入可能時期 \d+ を削除/ })
      .last()
      .click();
  }
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

  // 3. Chiba keeps its pre-filled row in a scarce area (filled through the API), then adds rows in the page.
  let chibaList = await listOf(chiba.request, roundId, '12');
  const chibaKept = chibaList.candidates.find(
    (row) => row.specialtyCode === SPECIALTY && row.origin === 'scarce-area' && row.facility.physicianScarceArea,
  ) as CandidateResponse;
  expect(chibaKept).toBeDefined();
  const chibaHeaders = await xsrfHeaders(chiba.context());
  for (const row of chibaList.candidates.filter((candidate) => candidate.id !== chibaKept.id)) {
    expect(
      (await chiba.request.delete(`/api/rounds/${roundId}/candidates/${row.id}?version=${row.version}`, { headers: chibaHeaders })).status(),
    ).toBe(204);
  }
  const filled = await chiba.request.put(`/api/rounds/${roundId}/candidates/${chibaKept.id}`, {
    headers: chibaHeaders,
    data: { ...ROW_FIELDS, contactName: '千葉 一郎', version: chibaKept.version },
  });
  expect(filled.status()).toBe(200);
  await chiba.goto(`/ja/nominations/rounds/${roundId}/prefectures/12`);
  await expect(chiba.getByRole('heading', { level: 1, name: '千葉県の候補リスト' })).toBeVisible();

  // A host outside a scarce area: the reason is asked for before the list can go.
  const outsideCode = 'SAMPLE-12-3';
  await addRow(chiba, outsideCode, '内科');
  const outsideCard = chiba.locator(`[data-candidate="${outsideCode}:${SPECIALTY}"]`);
  await expect(outsideCard).toContainText('推薦理由を入力してください');
  await expect(chiba.getByRole('button', { name: 'リストを提出する' })).toBeDisabled();
  await outsideCard.getByRole('button', { name: /^編集/ }).click();
  const reasonField = chiba.getByRole('dialog').getByLabel('医師少数区域・スポット外の推薦理由');
  await expect(reasonField).toBeEditable();
  await reasonField.fill('救急搬送の受け皿として地域医療対策協議会で合意');
  await expect(reasonField).toHaveValue('救急搬送の受け皿として地域医療対策協議会で合意');
  await chiba.getByRole('dialog').getByRole('button', { name: '保存する' }).click();
  await expect(chiba.getByRole('dialog')).toHaveCount(0);
  await expect(outsideCard).toContainText('救急搬送の受け皿として地域医療対策協議会で合意');
  await expect(outsideCard).toContainText('提出できます');

  // A specialty Chiba cannot host under ②' (its ophthalmology ratio is above 0.8): refused, so the row goes.
  await addRow(chiba, outsideCode, '眼科', '眼科救急の研修');
  const refusedCard = chiba.locator(`[data-candidate="${outsideCode}:ophthalmology"]`);
  await expect(refusedCard).toContainText('特別地域連携プログラムの要件を満たしていません');
  await expect(chiba.getByRole('button', { name: 'リストを提出する' })).toBeDisabled();
  await refusedCard.getByRole('button', { name: /^リストから外す/ }).click();
  await confirmDialog(chiba);
  await expect(refusedCard).toHaveCount(0);

  await chiba.getByRole('button', { name: 'リストを提出する' }).click();
  await confirmDialog(chiba);
  await expect(chiba.getByTestId('list-status')).toHaveText('提出済み');

  // 4. The JMSB sees both lists submitted and sends the candidates to the societies.
  await jmsb.reload();
  await expect(jmsb.locator('tr[data-prefecture="02"]')).toContainText('提出済み');
  await expect(jmsb.locator('tr[data-prefecture="12"]')).toContainText('提出済み');
  await expect(jmsb.getByRole('button', { name: '公表する' })).toBeDisabled();
  await jmsb.getByRole('button', { name: '学会へ送付する' }).click();
  await confirmDialog(jmsb);
  await expect(jmsb.getByTestId('round-status')).toHaveText('学会の確認中');

  // 5. Internal medicine returns Chiba's row outside the scarce area and confirms the others at once.
  const society = await personPage(browser, 'internal-medicine@demo.renkei.test');
  await society.goto('/ja/nominations');
  await society.getByTestId('tasks').getByRole('link', { name: '候補を確認する' }).click();
  await expect(society.getByRole('heading', { level: 1, name: '内科の候補の確認' })).toBeVisible();
  const reviewCard = (code: string) => society.locator(`[data-candidate="${code}:${SPECIALTY}"]`);
  await expect(reviewCard(outsideCode).getByTestId('review-status')).toHaveText('確認待ち');
  await reviewCard(outsideCode)
    .getByRole('button', { name: /^差し戻す/ })
    .click();
  await society.getByRole('alertdialog').getByLabel('都道府県へのコメント（必須）').fill('指導医数を確認し、受入可能数を見直してください。');
  await confirmDialog(society);
  await expect(reviewCard(outsideCode).getByTestId('review-status')).toHaveText('差し戻し');
  await reviewCard(kept.facility.facilityCode).getByRole('checkbox').check();
  await reviewCard(chibaKept.facility.facilityCode).getByRole('checkbox').check();
  await society.getByRole('button', { name: '選択した 2 件を確認する' }).click();
  await confirmDialog(society);
  await expect(reviewCard(kept.facility.facilityCode).getByTestId('review-status')).toHaveText('確認済み');
  await expect(reviewCard(chibaKept.facility.facilityCode).getByTestId('review-status')).toHaveText('確認済み');

  // 6. Chiba sees the comment, fixes the row and resubmits it; the society confirms it.
  await chiba.reload();
  await expect(outsideCard.getByTestId('review-comment')).toContainText('指導医数を確認し、受入可能数を見直してください。');
  await outsideCard.getByRole('button', { name: /^編集/ }).click();
  await chiba.getByRole('dialog').getByLabel('受入可能数（年間）').fill('3');
  await chiba.getByRole('dialog').getByRole('button', { name: '保存する' }).click();
  await expect(chiba.getByRole('dialog')).toHaveCount(0);
  await outsideCard.getByRole('button', { name: /^この行を再提出/ }).click();
  await expect(outsideCard).toHaveAttribute('data-review', 'pending');
  chibaList = await listOf(chiba.request, roundId, '12');
  expect(chibaList.candidates.find((row) => row.facility.facilityCode === outsideCode)).toMatchObject({
    acceptableNumber: 3,
    reviewStatus: 'pending',
  });

  await society.reload();
  await reviewCard(outsideCode).getByRole('checkbox').check();
  await society.getByRole('button', { name: '選択した 1 件を確認する' }).click();
  await confirmDialog(society);
  await expect(reviewCard(outsideCode).getByTestId('review-status')).toHaveText('確認済み');

  // 7. The JMSB publishes.
  await jmsb.reload();
  await jmsb.getByRole('button', { name: '公表する' }).click();
  await confirmDialog(jmsb);
  await expect(jmsb.getByTestId('round-status')).toHaveText('公表済み');

  // 8. Anyone sees the three confirmed hosts and can download the list; the .xlsx holds them too.
  const visitor = await personPage(browser);
  await visitor.goto('/ja/hosts/lists');
  await expect(visitor.getByRole('link', { name: /^2027年度の連携先施設/ })).toBeVisible();
  await expectNoAxeViolations(visitor);
  await visitor.getByRole('link', { name: /^2027年度の連携先施設/ }).click();
  const hostRow = visitor.locator(`tr[data-facility="${kept.facility.facilityCode}"]`).first();
  await expect(hostRow).toContainText('内科');
  await expectNoAxeViolations(visitor);
  await expect(hostRow).toContainText('青森県');
  await expect(hostRow).toContainText('2027年4月から12か月');
  await expect(hostRow).toContainText('サンプル');
  await expect(visitor.locator(`tr[data-facility="${outsideCode}"]`)).toContainText('千葉県');
  await expect(visitor.locator(`tr[data-facility="${chibaKept.facility.facilityCode}"]`)).toContainText('千葉県');
  const csvHref = await visitor.getByTestId('download-csv').getAttribute('href');
  const csv = await visitor.request.get(csvHref ?? '');
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain(kept.facility.facilityCode);
  const xlsx = await visitor.request.get((await visitor.getByTestId('download-xlsx').getAttribute('href')) ?? '');
  expect(xlsx.status()).toBe(200);
  const workbook = new Workbook();
  await workbook.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
  const codes = workbook.worksheets[0]?.getColumn(1).values.filter((value): value is string => typeof value === 'string') ?? [];
  expect(codes).toEqual(expect.arrayContaining([kept.facility.facilityCode, chibaKept.facility.facilityCode, outsideCode]));
  await testInfo.attach('published-hosts', { body: await visitor.screenshot({ fullPage: true }), contentType: 'image/png' });

  // 9. Every step's e-mail reached the development mailbox.
  const expected = [
    ['aomori@demo.renkei.test', '【2027年度募集】連携先施設候補の推薦のお願い（青森県）'],
    ['chiba@demo.renkei.test', '【2027年度募集】連携先施設候補の推薦のお願い（千葉県）'],
    ['internal-medicine@demo.renkei.test', '【2027年度募集】連携先施設の推薦受付開始のお知らせ（内科）'],
    ['jmsb@demo.renkei.test', '【2027年度募集】青森県が候補リストを提出しました'],
    ['jmsb@demo.renkei.test', '【2027年度募集】千葉県が候補リストを提出しました'],
    ['internal-medicine@demo.renkei.test', '【2027年度募集】連携先施設候補の確認のお願い（内科）'],
    ['chiba@demo.renkei.test', '【2027年度募集】学会が候補を差し戻しました（内科）'],
    ['internal-medicine@demo.renkei.test', '【2027年度募集】差し戻した候補が再提出されました（内科）'],
    ['aomori@demo.renkei.test', '【2027年度募集】連携先施設を公表しました'],
    ['chiba@demo.renkei.test', '【2027年度募集】連携先施設を公表しました'],
    ['internal-medicine@demo.renkei.test', '【2027年度募集】連携先施設を公表しました'],
    ['host@demo.renkei.test', `【2027年度募集】貴施設が連携先施設として公表されました（${DEMO_HOST_FACILITY.name}）`],
  ].map(([recipient, subject]) => `${recipient} ${subject}`);
  await expect
    .poll(
      async () => {
        const response = await jmsb.request.get('/api/dev-mailbox');
        const mailbox = (await response.json()) as { messages: { recipient: string; subject: string }[] };
        const delivered = new Set(mailbox.messages.map((mail) => `${mail.recipient} ${mail.subject}`));
        return expected.filter((line) => !delivered.has(line));
      },
      { timeout: 20_000, message: 'e-mails not delivered' },
    )
    .toEqual([]);
});
