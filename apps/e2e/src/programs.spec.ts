import { APIRequestContext, Browser, BrowserContext, expect, Page, test } from '@playwright/test';
import type { FacilityResponse, FunnelCounts, HostLedgerResponse, PublishedHostsResponse, RoundResponse, SubmissionResponse } from '@renkei/contract';
import { expectNoAxeViolations } from './support/axe';
import { DEMO_HOST_FACILITY, signIn } from './support/demo-accounts';

/**
 * Issues 7 and 13 end to end with the demo accounts: the demo base facility registers a 2027
 * special-regional internal-medicine program with the Aomori demo host, the host accepts 2 of the 3
 * places, the base sees it, the ledger counts it, Aomori sees the connection, and the base records its
 * recruitment; at each step the JMSB's funnel for Aomori × internal medicine follows.
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

type ChainStage = 'eligible' | 'candidates' | 'confirmed' | 'published';
type Stage = Exclude<keyof FunnelCounts, 'undetermined' | 'acceptableNumber'>;

/**
 * What the funnel must show for Aomori × internal medicine up to publication, read from the workflow's
 * own records (facility registry, Aomori's list, the published hosts), not from the analytics. Under
 * the 2027 rules Aomori's internal medicine (≤ 0.7) meets ②''s ≤ 0.8, so every facility that could
 * host is eligible once nominated.
 */
async function aomoriChain(jmsb: Page): Promise<Record<ChainStage, number>> {
  const round = (await ok<RoundResponse[]>(await jmsb.request.get('/api/rounds'))).find((candidate) => candidate.recruitmentYear === YEAR);
  const list = await ok<SubmissionResponse>(await jmsb.request.get(`/api/rounds/${round?.id}/submissions/02`));
  const facilities = await ok<FacilityResponse[]>(await jmsb.request.get('/api/facilities?prefecture=02'));
  const published = await ok<PublishedHostsResponse>(await jmsb.request.get(`/api/rounds/${round?.id}/published-hosts`));
  const onList = new Set(list.candidates.map((candidate) => candidate.facility.id));
  const nominated = list.status === 'submitted' ? list.candidates.filter((candidate) => candidate.specialtyCode === SPECIALTY) : [];
  const distinct = (ids: string[]) => new Set(ids).size;
  return {
    eligible: facilities.filter((facility) => facility.isHost || onList.has(facility.id)).length,
    candidates: distinct(nominated.map((candidate) => candidate.facility.id)),
    confirmed: distinct(nominated.filter((candidate) => candidate.reviewStatus === 'confirmed').map((candidate) => candidate.facility.id)),
    published: distinct(
      published.hosts
        .filter((host) => host.prefectureCode === '02' && host.specialtyCode === SPECIALTY && host.categoryCode === 'special-regional')
        .map((host) => host.facilityCode),
    ),
  };
}

async function expectAomoriFunnel(page: Page, counts: Record<Stage, number>, outcome: string): Promise<void> {
  const row = page.locator(`tr[data-testid="funnel-row"][data-prefecture="02"][data-specialty="${SPECIALTY}"]`);
  for (const [stage, value] of Object.entries(counts)) {
    await expect(row.locator(`[data-stage="${stage}"]`), stage).toHaveText(String(value));
  }
  await expect(row.getByTestId('funnel-outcome')).toHaveText(outcome);
}

async function choose(page: Page, testId: string, option: string | RegExp): Promise<void> {
  await page.getByTestId(testId).press('Enter');
  await page.getByRole('option', { name: option }).click();
}

test('a base registers a 2027 program with an Aomori host; the host accepts 2 of 3; ledger, prefecture and results follow', async ({ browser }) => {
  test.setTimeout(300_000);
  await ensurePublishedRound(browser);

  // 0. The JMSB's funnel: Aomori's internal medicine is published, and no program asks for it yet.
  const jmsb = await personPage(browser, 'jmsb@demo.renkei.test');
  const chain = await aomoriChain(jmsb);
  expect(chain.published).toBeGreaterThan(0);
  await jmsb.getByRole('navigation', { name: 'メインナビゲーション' }).getByRole('link', { name: '分析' }).click();
  await choose(jmsb, 'analytics-year', new RegExp(String(YEAR)));
  await choose(jmsb, 'analytics-prefecture', '青森県');
  await choose(jmsb, 'analytics-specialty', '内科');
  await expect(jmsb).toHaveURL(/prefecture=02/);
  await expect(jmsb).toHaveURL(new RegExp(`specialty=${SPECIALTY}`));
  const none = { requested: 0, accepted: 0, recruited: 0, rotated: 0 };
  await expectAomoriFunnel(jmsb, { ...chain, ...none }, '公表済み・プログラムなし');
  await expectNoAxeViolations(jmsb);

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
  // The funnel: 3 places asked, 2 accepted, recruitment not reported yet (the URL keeps the filters).
  await jmsb.reload();
  await expectAomoriFunnel(jmsb, { ...chain, ...none, requested: 3, accepted: 2 }, '受入済み・採用結果未報告');

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

  // 7. The chain is complete for Aomori × internal medicine: 2 recruited, 1 went.
  await jmsb.reload();
  await expectAomoriFunnel(jmsb, { ...chain, requested: 3, accepted: 2, recruited: 2, rotated: 1 }, '実績まで到達');
  for (const tab of ['受入枠と需要', '集中度']) {
    await jmsb.getByRole('tab', { name: tab }).click();
    await expect(jmsb).toHaveURL(/prefecture=02/);
    await expectNoAxeViolations(jmsb);
  }
  await expect(jmsb.locator(`tr[data-testid="concentration-row"][data-prefecture="02"][data-specialty="${SPECIALTY}"]`)).toBeVisible();
});

test('a prefectural officer’s analytics show only their own prefecture', async ({ browser }) => {
  const aomori = await personPage(browser, 'aomori@demo.renkei.test');
  await aomori.goto(`/ja/analytics?year=${YEAR}&prefecture=12`);
  const rows = aomori.locator('tr[data-testid="funnel-row"]');
  await expect(rows.first()).toBeVisible();
  expect(new Set(await rows.evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-prefecture'))))).toEqual(new Set(['02']));
  expect((await aomori.request.get(`/api/analytics/funnel?year=${YEAR}&prefecture=12`)).status()).toBe(403);
  await expectNoAxeViolations(aomori);
});
