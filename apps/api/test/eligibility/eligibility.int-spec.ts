import {
  CeilingDatasetResponse,
  DatasetComparisonResponse,
  EligibilityCategoryResult,
  EligibilityCheckResponse,
  EligibilityExceptionResponse,
  EligibilityPrefecturesResponse,
  HostTableResponse,
  RuleSetResponse,
  WhatIfResponse,
  RuleSetDiffResponse,
} from '@renkei/contract';
import { RULE_SET_2027 } from '@renkei/eligibility';
import request from 'supertest';
import { EligibilitySeeder } from '../../src/eligibility/eligibility.seeder';
import { createUser, TestClient } from '../utils/accounts';
import { createEligibilityTestApp, EligibilityTestApp } from './eligibility-test-app';

type Query = Record<string, string | number | boolean>;

describe('eligibility API', () => {
  let t: EligibilityTestApp;
  let jmsb: TestClient;
  let officer: TestClient;
  let anonymous: TestClient;

  beforeAll(async () => {
    t = await createEligibilityTestApp();
    const jmsbUser = await createUser(t.dataSource, { role: 'jmsb' });
    const officerUser = await createUser(t.dataSource, {
      role: 'prefecture',
      prefectureCode: '02',
    });
    jmsb = await new TestClient(t.http).start();
    await jmsb.signIn(jmsbUser.email);
    officer = await new TestClient(t.http).start();
    await officer.signIn(officerUser.email);
    anonymous = await new TestClient(t.http).start();
  });

  afterAll(() => t.close());

  const check = async (query: Query, status = 200): Promise<EligibilityCheckResponse> => {
    const response = await request(t.http).get('/api/eligibility/check').query(query).expect(status);
    return response.body as EligibilityCheckResponse;
  };
  const category = (body: EligibilityCheckResponse, code: string): EligibilityCategoryResult => {
    const found = body.results.find((r) => r.category === code);
    if (!found) throw new Error(`no ${code} in ${body.results.map((r) => r.category).join(', ')}`);
    return found;
  };
  const codes = (list: { code: string }[]): string[] => list.map((p) => p.code);

  describe('DOMAIN.md §4 examples through /check', () => {
    it('2026, 西北五地域 0204 (scarce), internal medicine: ③ eligible (12 months) and ② eligible (18 months)', async () => {
      const body = await check({
        year: 2026,
        specialty: 'internal-medicine',
        area: '0204',
        dataset: '2022',
      });
      expect(body).toMatchObject({
        year: 2026,
        specialty: 'internal-medicine',
        prefectureCode: '02',
        areaCode: '0204',
        physicianScarceArea: true,
      });
      expect(body.ruleSet).toMatchObject({
        definitionId: 'recruitment-2026',
        version: 1,
      });
      expect(body.datasets.map((d) => d.code)).toEqual(['2022', 'sample-ceilings']);
      expect(category(body, 'special-regional')).toMatchObject({
        status: 'eligible',
        minimumRotationMonths: 12,
      });
      expect(category(body, 'prefecture-limited')).toMatchObject({
        status: 'eligible',
        minimumRotationMonths: 18,
      });
      const third = category(body, 'special-regional');
      expect(third.reasons.find((r) => r.code === 'SUFFICIENCY_MET')).toMatchObject({ datasetCode: '2022', threshold: 0.7, value: '≤ 0.7' });
      for (const reason of third.reasons) {
        expect(reason).toEqual(
          expect.objectContaining({
            code: expect.any(String),
            messageJa: expect.any(String),
            messageEn: expect.any(String),
          }),
        );
      }
    });

    it('the 2026 rule set reads 2016-2018 by default and answers the same for Aomori', async () => {
      const body = await check({
        year: 2026,
        specialty: 'internal-medicine',
        area: '0204',
      });
      expect(body.datasets.map((d) => d.code)).toEqual(['2016-2018', 'sample-ceilings']);
      expect(category(body, 'special-regional').status).toBe('eligible');
    });

    it('2026, 津軽地域 0201 (not scarce): ③ not eligible because of the area, ② still eligible', async () => {
      const body = await check({
        year: 2026,
        specialty: 'internal-medicine',
        area: '0201',
        dataset: '2022',
      });
      expect(body.physicianScarceArea).toBe(false);
      const third = category(body, 'special-regional');
      expect(third.status).toBe('ineligible');
      expect(third.reasons.some((r) => r.conditionId === 'special-regional.scarce-location' && r.code !== 'CATEGORY_SUMMARY')).toBe(true);
      expect(category(body, 'prefecture-limited').status).toBe('eligible');
      // A physician-scarce spot (医師少数スポット) counts for 2026 ③.
      const spot = await check({
        year: 2026,
        specialty: 'internal-medicine',
        area: '0201',
        dataset: '2022',
        spot: true,
      });
      expect(category(spot, 'special-regional').status).toBe('eligible');
    });

    it("2027, the same 津軽 facility: ②' conditional until Aomori nominates it with a reason, then eligible", async () => {
      const base = { year: 2027, specialty: 'internal-medicine', area: '0201' };
      const notNominated = await check(base);
      expect(notNominated.results.map((r) => r.category)).toEqual(['connection', 'special-regional']);
      expect(category(notNominated, 'special-regional')).toMatchObject({
        status: 'conditional',
        minimumRotationMonths: 12,
      });
      const noReason = await check({ ...base, nominated: true });
      expect(category(noReason, 'special-regional').status).toBe('conditional');
      const withReason = await check({
        ...base,
        nominated: true,
        reason: '地域医療の確保に必要なため',
      });
      expect(category(withReason, 'special-regional').status).toBe('eligible');
    });

    it("2027, internal medicine in Chiba 1206 (0.7–0.8): ②' conditional until nominated, then eligible; it was not under 2026 ③", async () => {
      const base = { year: 2027, specialty: 'internal-medicine', area: '1206' };
      expect(category(await check(base), 'special-regional').status).toBe('conditional');
      const nominated = category(await check({ ...base, nominated: true }), 'special-regional');
      expect(nominated.status).toBe('eligible');
      expect(nominated.reasons.find((r) => r.code === 'SUFFICIENCY_MET')).toMatchObject({
        value: '(0.7, 0.8]',
        threshold: 0.8,
        datasetCode: '2022',
      });
      const in2026 = await check({
        year: 2026,
        specialty: 'internal-medicine',
        area: '1206',
      });
      expect(category(in2026, 'special-regional').status).toBe('ineligible');
    });

    it('2027 pediatrics at the 0.9 threshold is undetermined for Aomori, known only to be > 0.8', async () => {
      const body = await check({
        year: 2027,
        specialty: 'pediatrics',
        area: '0204',
        nominated: true,
      });
      const second = category(body, 'special-regional');
      expect(second.status).toBe('undetermined');
      expect(second.reasons.find((r) => r.code === 'SUFFICIENCY_UNDETERMINED')).toMatchObject({ value: '> 0.8', threshold: 0.9 });
    });
  });

  describe('the sample ceilings', () => {
    it('are listed as sample data covering 2026 and 2027 for the 13 ceiling specialties', async () => {
      const response = await request(t.http).get('/api/eligibility/ceiling-datasets').expect(200);
      // Other spec files share the database and may have imported datasets of their own: only the shipped one is sample data.
      const samples = (response.body as CeilingDatasetResponse[]).filter((dataset) => dataset.sample);
      expect(samples).toEqual([
        expect.objectContaining({
          code: 'sample-ceilings',
          recruitmentYears: [2026, 2027],
          rowCount: 2 * 47 * 13,
        }),
      ]);
      expect(samples[0]?.nameJa).toContain('サンプル');
      expect(samples[0]?.nameEn).toContain('SAMPLE');
    });

    it('surface in /check: ① decided from sample data and said so', async () => {
      const aomori = category(
        await check({
          year: 2027,
          specialty: 'internal-medicine',
          area: '0204',
        }),
        'connection',
      );
      expect(aomori.status).toBe('eligible');
      expect(aomori.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['NOT_UNDER_CEILING', 'SAMPLE_DATA_USED']));
      expect(aomori.reasons.find((r) => r.code === 'NOT_UNDER_CEILING')?.messageEn).toContain('sample data');
      // Tokyo is a physician-many prefecture: under the (sample) ceiling.
      const tokyo = category(
        await check({
          year: 2027,
          specialty: 'internal-medicine',
          area: '1301',
        }),
        'connection',
      );
      expect(tokyo.status).toBe('ineligible');
      expect(tokyo.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['UNDER_CEILING', 'SAMPLE_DATA_USED']));
    });

    it('seeding again changes nothing', async () => {
      await expect(t.app.get(EligibilitySeeder).seed()).resolves.toEqual({
        ruleSetsInserted: [],
        ceilingRowsInserted: 0,
      });
    });
  });

  describe('validation', () => {
    it('refuses unknown query parameters, naming them', async () => {
      const response = await request(t.http)
        .get('/api/eligibility/check')
        .query({
          year: 2027,
          specialty: 'internal-medicine',
          area: '1206',
          foo: 1,
          colour: 'red',
        })
        .expect(400);
      expect(Object.keys((response.body as { fieldErrors: object }).fieldErrors).sort()).toEqual(['colour', 'foo']);
    });

    it('answers 400 naming an unknown year, specialty or area', async () => {
      const year = await request(t.http)
        .get('/api/eligibility/check')
        .query({ year: 2031, specialty: 'internal-medicine', area: '1206' })
        .expect(400);
      expect(year.body).toMatchObject({
        code: 'ELIGIBILITY_UNKNOWN_REFERENCE',
        fieldErrors: { year: [expect.stringContaining('2031')] },
      });
      const both = await request(t.http).get('/api/eligibility/check').query({ year: 2027, specialty: 'cardiology', area: '9999' }).expect(400);
      expect(Object.keys((both.body as { fieldErrors: object }).fieldErrors).sort()).toEqual(['area', 'specialty']);
      const dataset = await request(t.http)
        .get('/api/eligibility/check')
        .query({
          year: 2027,
          specialty: 'internal-medicine',
          area: '1206',
          dataset: '1999',
        })
        .expect(400);
      expect(dataset.body).toMatchObject({
        fieldErrors: { dataset: [expect.any(String)] },
      });
      const malformed = await request(t.http).get('/api/eligibility/check').query({ year: 'next', specialty: 'internal-medicine' }).expect(400);
      expect(Object.keys((malformed.body as { fieldErrors: object }).fieldErrors).sort()).toEqual(['area', 'year']);
    });
  });

  describe('tables', () => {
    it('/prefectures gives 47 rows for a year × specialty × category', async () => {
      const response = await request(t.http)
        .get('/api/eligibility/prefectures')
        .query({
          year: 2027,
          specialty: 'internal-medicine',
          category: 'special-regional',
        })
        .expect(200);
      const body = response.body as EligibilityPrefecturesResponse;
      expect(body.prefectures).toHaveLength(47);
      // Chiba meets ≤ 0.8; the nomination is a facility step, so the prefecture row is conditional.
      expect(body.prefectures.find((p) => p.prefectureCode === '12')).toMatchObject({
        nameJa: '千葉県',
        nameEn: 'Chiba',
        status: 'conditional',
      });
      expect(body.prefectures.find((p) => p.prefectureCode === '13')?.status).toBe('ineligible');
      const unknown = await request(t.http)
        .get('/api/eligibility/prefectures')
        .query({
          year: 2027,
          specialty: 'internal-medicine',
          category: 'prefecture-limited',
        })
        .expect(400);
      expect(unknown.body).toMatchObject({
        fieldErrors: { category: [expect.any(String)] },
      });
    });

    it('/dataset-comparison reproduces seed 004 p. 11 for internal medicine (2016-2018 ⇒ 2022)', async () => {
      const response = await request(t.http).get('/api/eligibility/dataset-comparison').query({ from: '2016-2018', to: '2022' }).expect(200);
      const body = response.body as DatasetComparisonResponse;
      expect(body.rows).toHaveLength(13);
      const internal = body.rows.find((r) => r.specialtyCode === 'internal-medicine');
      const [legacy, latest] = internal?.datasets ?? [];
      expect(legacy?.columns.map((c) => c.count)).toEqual([7, 9]);
      expect(latest?.columns.map((c) => c.count)).toEqual([7, 4]);
      expect(codes([...(latest?.columns[1]?.prefectures ?? [])])).toEqual(['02', '05', '06', '11']);
      expect(latest?.columns[0]?.prefectures.map((p) => p.nameJa)).toContain('千葉県');
      const pediatrics = body.rows.find((r) => r.specialtyCode === 'pediatrics');
      expect(pediatrics?.datasets[1]?.columns.map((c) => c.count)).toEqual([4, 1]);
    });

    it('/host-table reproduces seed 004 p. 12 for internal medicine (2026)', async () => {
      const response = await request(t.http).get('/api/eligibility/host-table').query({ year: 2026 }).expect(200);
      const body = response.body as HostTableResponse;
      const internal = body.rows.find((r) => r.specialtyCode === 'internal-medicine');
      const cell = (code: string) => internal?.categories.find((c) => c.categoryCode === code);
      expect(codes([...(cell('special-regional')?.listed ?? [])])).toEqual(['02', '03', '05', '06', '07', '08', '11', '15', '22']);
      expect(codes([...(cell('prefecture-limited')?.listed ?? [])])).toEqual(['10', '12', '18', '19', '20', '35', '45']);
    });

    it('what-if: ③ 0.7 → 0.8 moves the internal-medicine count, 2026 ③ pediatrics 0.8 → 0.9 turns rows undetermined, nothing is saved', async () => {
      const before = ((await request(t.http).get('/api/eligibility/rule-sets').expect(200)).body as RuleSetResponse[]).map((r) => [r.id, r.status]);
      const response = await jmsb
        .post('/api/eligibility/what-if')
        .send({
          year: 2026,
          thresholdOverrides: [{ categoryCode: 'special-regional', threshold: 0.8 }],
        })
        .expect(200);
      const body = response.body as WhatIfResponse;
      expect(body.saved).toBe(false);
      const third = body.rows.find((r) => r.specialtyCode === 'internal-medicine')?.categories.find((c) => c.categoryCode === 'special-regional');
      expect(third).toMatchObject({
        before: { reached: 9 },
        after: { reached: 16 },
        delta: 7,
      });

      const pediatrics = await jmsb
        .post('/api/eligibility/what-if')
        .send({
          year: 2026,
          thresholdOverrides: [
            {
              categoryCode: 'special-regional',
              specialtyCode: 'pediatrics',
              threshold: 0.9,
            },
          ],
        })
        .expect(200);
      const second = (pediatrics.body as WhatIfResponse).rows
        .find((r) => r.specialtyCode === 'pediatrics')
        ?.categories.find((c) => c.categoryCode === 'special-regional');
      expect(second?.before.undetermined).toBe(0);
      // Prefectures known only to be > 0.8 cannot be placed against 0.9: undetermined, never guessed.
      expect(second?.after.undetermined).toBeGreaterThan(0);
      expect(second?.after.reached).toBe(second?.before.reached);

      const after = ((await request(t.http).get('/api/eligibility/rule-sets').expect(200)).body as RuleSetResponse[]).map((r) => [r.id, r.status]);
      expect(after).toEqual(before);
      const stillThere = category(
        await check({
          year: 2026,
          specialty: 'internal-medicine',
          area: '1206',
        }),
        'special-regional',
      );
      expect(stillThere.status).toBe('ineligible');
    });

    it('what-if is for the JMSB only', async () => {
      const body = {
        year: 2026,
        thresholdOverrides: [{ categoryCode: 'special-regional', threshold: 0.8 }],
      };
      await anonymous.post('/api/eligibility/what-if').send(body).expect(401);
      await officer.post('/api/eligibility/what-if').send(body).expect(403);
    });
  });

  describe('rule sets', () => {
    const draft2027 = (threshold: number) => {
      const { nameJa, nameEn, datasets, categories } = RULE_SET_2027;
      return {
        recruitmentYear: 2027,
        definition: {
          nameJa,
          nameEn,
          datasets,
          sourceNote: `Test: ②' at ${threshold}`,
          categories: categories.map((c) => ({
            ...c,
            conditions: c.conditions.map((k) => (k.kind === 'sufficiency-at-most' ? { ...k, threshold } : k)),
          })),
        },
      };
    };

    it('refuses a draft with an invalid threshold, with field messages', async () => {
      const response = await jmsb.post('/api/eligibility/rule-sets').send(draft2027(-1)).expect(400);
      const fieldErrors = (response.body as { fieldErrors: Record<string, string[]> }).fieldErrors;
      expect(response.body).toMatchObject({ code: 'RULE_SET_INVALID' });
      expect(fieldErrors).toEqual({
        'definition.categories[1].conditions[0].threshold': ['INVALID: threshold must be > 0'],
      });
      const shape = await jmsb
        .post('/api/eligibility/rule-sets')
        .send({
          recruitmentYear: 2027,
          definition: { nameJa: 'x', categories: 'none' },
        })
        .expect(400);
      expect(Object.keys((shape.body as { fieldErrors: object }).fieldErrors)).toEqual(
        expect.arrayContaining(['definition.nameEn', 'definition.categories', 'definition.datasets']),
      );
    });

    it('only the JMSB creates and activates', async () => {
      await anonymous.post('/api/eligibility/rule-sets').send(draft2027(0.7)).expect(401);
      await officer.post('/api/eligibility/rule-sets').send(draft2027(0.7)).expect(403);
      const list = (await request(t.http).get('/api/eligibility/rule-sets').expect(200)).body as RuleSetResponse[];
      const id = list[0]?.id ?? '';
      await anonymous.post(`/api/eligibility/rule-sets/${id}/activate`).expect(401);
      await officer.post(`/api/eligibility/rule-sets/${id}/activate`).expect(403);
    });

    it('activation switches /check answers, retires the previous version and writes an audit entry', async () => {
      const chiba = {
        year: 2027,
        specialty: 'internal-medicine',
        area: '1206',
        nominated: true,
      };
      expect(category(await check(chiba), 'special-regional').status).toBe('eligible');

      const created = (await jmsb.post('/api/eligibility/rule-sets').send(draft2027(0.7)).expect(201)).body as RuleSetResponse;
      expect(created).toMatchObject({
        recruitmentYear: 2027,
        version: 2,
        status: 'draft',
        definitionId: 'recruitment-2027-v2',
      });
      // A draft changes nothing.
      expect(category(await check(chiba), 'special-regional').status).toBe('eligible');

      // Before activating, the JMSB sees what would move: ②' at 0.7 loses the (0.7, 0.8] prefectures.
      await officer.get(`/api/eligibility/rule-sets/${created.id}/diff`).expect(403);
      const diff = (await jmsb.get(`/api/eligibility/rule-sets/${created.id}/diff`).expect(200)).body as RuleSetDiffResponse;
      expect(diff.from?.version).toBe(1);
      expect(diff.prefectures.gained).toBe(0);
      const lostInternalMedicine = diff.prefectures.changes.filter(
        (change) => change.kind === 'lost' && change.specialtyCode === 'internal-medicine' && change.category === 'special-regional',
      );
      expect(lostInternalMedicine.map((change) => change.prefectureCode)).toContain('12');
      expect(lostInternalMedicine.map((change) => change.prefectureCode)).not.toContain('02');
      expect(diff.facilities.changes.every((change) => change.facilityCode !== null)).toBe(true);
      expect(category(await check(chiba), 'special-regional').status).toBe('eligible');

      const activated = (await jmsb.post(`/api/eligibility/rule-sets/${created.id}/activate`).expect(200)).body as RuleSetResponse;
      expect(activated.status).toBe('active');
      const after = await check(chiba);
      expect(after.ruleSet).toMatchObject({ id: created.id, version: 2 });
      expect(category(after, 'special-regional').status).toBe('ineligible');

      const versions = ((await request(t.http).get('/api/eligibility/rule-sets').expect(200)).body as RuleSetResponse[]).filter(
        (r) => r.recruitmentYear === 2027,
      );
      expect(versions.map((r) => [r.version, r.status])).toEqual([
        [1, 'retired'],
        [2, 'active'],
      ]);
      const audit = await t.dataSource.query<
        {
          before: { previousActive: { version: number } };
          after: { active: { version: number } };
        }[]
      >(`SELECT before, after FROM audit_entry WHERE action = 'eligibility.rule-set.activated' AND entity_id = $1`, [created.id]);
      expect(audit).toHaveLength(1);
      expect(audit[0]?.before.previousActive.version).toBe(1);
      expect(audit[0]?.after.active.version).toBe(2);
      await jmsb.post(`/api/eligibility/rule-sets/${created.id}/activate`).expect(409);

      // Put version 1 back so the other tests see the defaults.
      const first = versions.find((r) => r.version === 1);
      await jmsb.post(`/api/eligibility/rule-sets/${first?.id ?? ''}/activate`).expect(200);
      expect(category(await check(chiba), 'special-regional').status).toBe('eligible');
    });
  });

  describe('exceptions', () => {
    it('a granted exception waives a condition, shows in the reasons, and stops when deactivated', async () => {
      const tsugaru = {
        year: 2026,
        specialty: 'internal-medicine',
        area: '0201',
      };
      expect(category(await check(tsugaru), 'special-regional').status).toBe('ineligible');
      const created = (
        await jmsb
          .post('/api/eligibility/exceptions')
          .send({
            definition: {
              nameJa: '経過措置（テスト）',
              nameEn: 'Transitional measure (test)',
              sourceNote: 'Integration test',
              recruitmentYears: [2026],
              categoryCodes: ['special-regional'],
              appliesTo: [
                {
                  prefectureCodes: ['02'],
                  specialtyCodes: ['internal-medicine'],
                },
              ],
              effect: {
                kind: 'waive-conditions',
                conditionKinds: ['in-scarce-area-or-spot'],
              },
            },
          })
          .expect(201)
      ).body as EligibilityExceptionResponse;
      const waived = category(await check(tsugaru), 'special-regional');
      expect(waived.status).toBe('eligible');
      expect(waived.exceptionIds).toEqual([created.id]);
      expect(waived.reasons.some((r) => r.exceptionId === created.id)).toBe(true);

      await officer.post(`/api/eligibility/exceptions/${created.id}/deactivate`).expect(403);
      await jmsb.post(`/api/eligibility/exceptions/${created.id}/deactivate`).expect(200);
      expect(category(await check(tsugaru), 'special-regional').status).toBe('ineligible');
      const audit = await t.dataSource.query<{ action: string }[]>(`SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY occurred_at, id`, [
        created.id,
      ]);
      expect(audit.map((a) => a.action)).toEqual(['eligibility.exception.created', 'eligibility.exception.deactivated']);
    });

    it('refuses an exception that waives nothing', async () => {
      const response = await jmsb
        .post('/api/eligibility/exceptions')
        .send({
          definition: {
            nameJa: 'x',
            nameEn: 'x',
            sourceNote: 's',
            recruitmentYears: [2027],
            categoryCodes: ['special-regional'],
            appliesTo: [{ prefectureCodes: ['02'] }],
            effect: { kind: 'waive-conditions' },
          },
        })
        .expect(400);
      expect(response.body).toMatchObject({
        code: 'ELIGIBILITY_EXCEPTION_INVALID',
        fieldErrors: { 'definition.effect': [expect.any(String)] },
      });
    });
  });
});
