import { APIRequestContext, Browser, BrowserContext, expect, Page, test } from '@playwright/test';
import type { HostLedgerResponse, RoundResponse, SubmissionResponse } from '@renkei/contract';
import { DEMO_HOST_FACILITY, signIn } from './support/demo-accounts';

/**
 * Issue 7 end to end with the demo accounts: the demo base facility registers a 2027 special-regional
 * internal-medicine program with the Aomori demo host, the host accepts 2 of the 3 places, the base
 * sees it, the ledger counts it, Aomori sees the connection, and the base records its recruitment.
 */
const YEAR = 2027;
const SPECIALTY = 'internal-medicine';
const DEMO_BASE_FACILITY = 'DEMO-B-1301';

async function personPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

async function xsrfHeaders(context: BrowserContext): Promise<Record<string, string>> {
  const token = (await context.cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
  return { 'X-XSRF-TOKEN': token };
}

async function ok<T>(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> {
  expect(response.ok(), `${response.url()} answered ${response.status()}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

function inDays(days: number): string {
  return new Date(Date.now() + days * 24 * 3600 * 1000).toISOString();
}

/**
 * The 2027 round must be published with the demo host for internal medicine. The nomination browser
 * test publishes it through the screens when the whole suite runs; run alone, this publishes it
 * through the API the same way (open, Aomori submits that one row, the society confirms, publish).
 */
async function ensurePublishedRound(browser: Browser): Promise<void> {
  const jmsb = await personPage(browser, 'jmsb@demo.renkei.test');
  const published = await ok<{ recruitmentYear: number }[]>(await jmsb.request.get('/api/rounds/published'));
  if (published.some((round) => round.recruitmentYear === YEAR)) {
    return;
  }
  const jmsbHeaders = await xsrfHeaders(jmsb.context());
  let round = await ok<RoundResponse>(
    await jmsb.request.post('/api/rounds', {
      headers: jmsbHeaders,
      data: { recruitmentYear: YEAR, prefectureDeadline: inDays(14), societyDeadline: inDays(28), message: '' },
    }),
  );
  const aomori = await personPage(browser, 'aomori@demo.renkei.test');
  const aomoriHeaders = await xsrfHeaders(aomori.context());
  const list = await ok<SubmissionResponse>(await aomori.request.get(`/api/rounds/${round.id}/submissions/02`));
  const kept = list.candidates.find((row) => row.specialtyCode === SPECIALTY && row.facility.facilityCode === DEMO_HOST_FACILITY.code);
  expect(kept, 'the demo host is pre-filled on Aomori’s list').toBeDefined();
  for (const row of list.candidates.filter((candidate) => candidate.id !== kept?.id)) {
    expect(
      (await aomori.request.delete(`/api/rounds/${round.id}/candidates/${row.id}?version=${row.version}`, { headers: aomoriHeaders })).status(),
    ).toBe(204);
  }
  const filled = await ok<{ version: number }>(
    await aomori.request.put(`/api/rounds/${round.id}/candidates/${kept?.id}`, {
      headers: aomoriHeaders,
      data: {
        acceptableNumber: 2,
        acceptablePeriods: [{ startMonth: `${YEAR}-04`, months: 12 }],
        contactName: '青森 花子',
        contactEmail: null,
        contactPhone: '017-000-0000',
        reasonOutsideScarce: '',
        councilConsultedOn: null,
        councilNote: '',
        universityConsultedOn: null,
        universityNote: '',
        version: kept?.version,
      },
    }),
  );
  const current = await ok<SubmissionResponse>(await aomori.request.get(`/api/rounds/${round.id}/submissions/02`));
  await ok(
    await aomori.request.post(`/api/rounds/${round.id}/submissions/02/submit`, { headers: aomoriHeaders, data: { version: current.version } }),
  );
  round = await ok<RoundResponse>(await jmsb.request.get(`/api/rounds/${round.id}`));
  round = await ok<RoundResponse>(
    await jmsb.request.post(`/api/rounds/${round.id}/send-to-societies`, { headers: jmsbHeaders, data: { version: round.version } }),
  );
  const society = await personPage(browser, 'internal-medicine@demo.renkei.test');
  await ok(
    await society.request.post(`/api/rounds/${round.id}/review/${SPECIALTY}/confirm`, {
      headers: await xsrfHeaders(society.context()),
      data: { candidates: [{ id: kept?.id, version: filled.version }] },
    }),
  );
  round = await ok<RoundResponse>(await jmsb.request.get(`/api/rounds/${round.id}`));
  await ok(await jmsb.request.post(`/api/rounds/${round.id}/publish`, { headers: jmsbHeaders, data: { version: round.version } }));
}

test('a base registers a 2027 program with an Aomori host; the host accepts 2 of 3; ledger, prefecture and results follow', async ({ browser }) => {
  test.setTimeout(240_000);
  await ensurePublishedRound(browser);

  // 1. The base facility registers the program from a recommendation.
  const base = await personPage(browser, 'base@demo.renkei.test');
  await base.getByRole('navigation', { name: 'メインナビゲーション' }).getByRole('link', { name: '連携プログラム' }).click();
  await base.getByTestId('new-program').click();
  await base.getByTestId('program-year').fill(String(YEAR));
  await base.getByTestId('program-specialty').press('Enter');
  await base.getByRole('option', { name: '内科', exact: true }).click();
  await base.getByTestId('program-category').press('Enter');
  await base.getByRole('option', { name: /特別地域連携プログラム/ }).click();
  await base.getByTestId('program-places').fill('3');
  const recommendation = base.locator(`[data-testid="recommendations"] tr[data-host="${DEMO_HOST_FACILITY.code}"]`);
  await expect(recommendation).toBeVisible();
  await recommendation.getByTestId('add-host').click();
  await base.getByTestId('host-places').fill('3');
  await expect(base.getByTestId('host-months')).toHaveValue('12');
  await base.getByTestId('contact-name').fill('東京 太郎');
  await base.getByTestId('contact-phone').fill('03-0000-0000');
  await base.getByTestId('register-program').click();
  await expect(base.getByRole('heading', { level: 1, name: `${YEAR}年度 内科の連携プログラム` })).toBeVisible();
  const programId = /programs\/([0-9a-f-]{36})/.exec(base.url())?.[1] ?? '';
  expect(programId).not.toBe('');
  const card = base.locator(`article.request-card[data-host="${DEMO_HOST_FACILITY.code}"]`);
  await expect(card.locator('.rk-status')).toHaveText('待機中');
  // The engine's decision stored with the program, with its reasons.
  await expect(card.locator('[data-status="eligible"]')).toHaveText('対象');

  // 2. The host sees the request and accepts 2 of the 3 places.
  const host = await personPage(browser, 'host@demo.renkei.test');
  await host
    .getByRole('navigation', { name: 'メインナビゲーション' })
    .getByRole('link', { name: /^連携の依頼/ })
    .click();
  const row = host.locator(`[data-testid="incoming-requests"] tr[data-base="${DEMO_BASE_FACILITY}"]`).first();
  await expect(row).toContainText('待機中');
  await row.getByTestId('accept').click();
  await host.getByTestId('accept-places').fill('2');
  await host.getByTestId('confirm-accept').click();
  await expect(row).toContainText('2 名を受諾');

  // 3. The ledger counts it: 2 accepted, the rest of the acceptable number remaining.
  const me = (await (await host.request.get('/api/auth/me')).json()) as { roles: { role: string; facilityId: string | null }[] };
  const hostFacilityId = me.roles.find((role) => role.role === 'host-facility')?.facilityId;
  const ledger = await ok<HostLedgerResponse>(await host.request.get(`/api/hosts/${hostFacilityId}/ledger?year=${YEAR}`));
  const ledgerRow = ledger.rows.find((item) => item.specialtyCode === SPECIALTY && item.categoryCode === 'special-regional');
  expect(ledgerRow).toMatchObject({ placesAccepted: 2, remaining: (ledgerRow?.acceptableNumber ?? 0) - 2 });
  const ledgerLine = host.locator(`[data-testid="ledger"] tr[data-specialty="${SPECIALTY}"][data-category="special-regional"]`);
  await expect(ledgerLine).toContainText(String(ledgerRow?.acceptableNumber));
  await expect(ledgerLine.locator('td').last()).toHaveText(String(ledgerRow?.remaining));

  // 4. The base sees the answer.
  await base.reload();
  await expect(card.locator('.rk-status')).toHaveText('受諾');
  await expect(card.getByTestId('answer')).toContainText('2 名を受諾');
  await expect(base.getByTestId('accepted-total')).toHaveText('2');

  // 5. Aomori sees the connection into its prefecture.
  const aomori = await personPage(browser, 'aomori@demo.renkei.test');
  await aomori.getByRole('navigation', { name: 'メインナビゲーション' }).getByRole('link', { name: '連携プログラム' }).click();
  const programRow = aomori.locator(`[data-testid="programs"] tr[data-program="${programId}"]`);
  await expect(programRow).toContainText(DEMO_HOST_FACILITY.name);
  await expect(programRow).toContainText('受諾');
  await expect(programRow).toContainText('県内へ（受入）');
  await expect(programRow).toContainText('未記録');

  // 6. After recruitment the base records 2 residents and one who went to the host; Aomori sees the result.
  await base.getByTestId('recruited-input').fill('2');
  await base.getByTestId('save-result').click();
  await expect(base.getByTestId('recruited')).toContainText('採用数: 2 名');
  await card.getByTestId('rotation-resident').fill('A');
  await card.getByTestId('rotation-start').fill(`${YEAR}-04-01`);
  await card.getByTestId('add-rotation').click();
  await expect(card.getByTestId('rotations')).toContainText('A');
  await aomori.reload();
  await expect(programRow).not.toContainText('未記録');
});
