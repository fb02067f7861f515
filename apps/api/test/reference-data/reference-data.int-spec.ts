import {
  PrefectureDetailResponse,
  PrefectureResponse,
  SpecialtyResponse,
  SufficiencyDatasetResponse,
  SufficiencyDatasetSummaryResponse,
} from '@renkei/contract';
import request from 'supertest';
import { createTestApp, TestApp } from '../utils/test-app';

describe('reference data API', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });

  afterAll(() => testApp.close());

  it('lists the 47 prefectures with index and class', async () => {
    const response = await request(testApp.http).get('/api/reference/prefectures').expect(200);
    const prefectures = response.body as PrefectureResponse[];
    expect(prefectures).toHaveLength(47);
    expect(prefectures[0]).toEqual({
      code: '01',
      nameJa: '北海道',
      nameEn: 'Hokkaido',
      block: 'hokkaido',
      physicianDistributionIndex: 233.8,
      indexClass: 'middle',
    });
    expect(prefectures.find((prefecture) => prefecture.code === '02')).toMatchObject({
      nameJa: '青森県',
      indexClass: 'few',
      physicianDistributionIndex: 184.3,
    });
    expect(prefectures.map((prefecture) => prefecture.code)).toEqual([...prefectures.map((prefecture) => prefecture.code)].sort());
  });

  it('returns Aomori with its six secondary medical areas and their physician-scarce designation', async () => {
    const response = await request(testApp.http).get('/api/reference/prefectures/02').expect(200);
    const aomori = response.body as PrefectureDetailResponse;
    expect(aomori.secondaryMedicalAreas).toHaveLength(6);
    const byCode = new Map(aomori.secondaryMedicalAreas.map((area) => [area.code, area]));
    expect(byCode.get('0204')).toEqual({
      code: '0204',
      nameJa: '西北五地域',
      physicianDistributionIndex: 126.3,
      indexClass: 'few',
      physicianScarce: true,
      designation: { source: 'index-default', reason: null, version: 1 },
    });
    expect(byCode.get('0201')).toMatchObject({
      nameJa: '津軽地域',
      indexClass: 'many',
      physicianScarce: false,
    });
  });

  it('answers 404 with a clear message for a prefecture that does not exist', async () => {
    const response = await request(testApp.http).get('/api/reference/prefectures/48').expect(404);
    expect(response.body).toEqual({
      statusCode: 404,
      code: 'PREFECTURE_NOT_FOUND',
      message: 'Prefecture 48 does not exist (codes run from 01 to 47).',
    });
  });

  it.each(['2', 'ab', '123'])('answers 400 naming the parameter for the malformed code %s', async (code) => {
    const response = await request(testApp.http).get(`/api/reference/prefectures/${code}`).expect(400);
    expect(response.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: {
        code: ['code must be a two-digit prefecture code such as 02'],
      },
    });
  });

  it('lists the 19 specialties in the reference order', async () => {
    const response = await request(testApp.http).get('/api/reference/specialties').expect(200);
    const specialties = response.body as SpecialtyResponse[];
    expect(specialties).toHaveLength(19);
    expect(specialties[0]).toEqual({
      code: 'internal-medicine',
      nameJa: '内科',
      nameEn: 'Internal medicine',
      ceilingExempt: false,
    });
    expect(specialties.filter((specialty) => specialty.ceilingExempt).map((specialty) => specialty.code)).toEqual([
      'surgery',
      'obstetrics-gynecology',
      'pathology',
      'laboratory-medicine',
      'emergency-medicine',
      'general-medicine',
    ]);
  });

  it('lists both sufficiency datasets with their band counts and what an unlisted prefecture means', async () => {
    const response = await request(testApp.http).get('/api/reference/sufficiency-datasets').expect(200);
    // Other specs import datasets of their own; the two loaded from the committee materials are these.
    const datasets = (response.body as SufficiencyDatasetSummaryResponse[]).filter((dataset) => ['2022', '2016-2018'].includes(dataset.code));
    expect(datasets.map((dataset) => [dataset.code, dataset.bandCount, dataset.specialtyCodes.length])).toEqual([
      ['2022', 166, 13],
      ['2016-2018', 214, 13],
    ]);
    expect(datasets[0]?.unlistedRatio).toEqual({
      exact: null,
      lowerBound: 0.8,
      upperBound: null,
    });
  });

  it('returns a dataset as bands per prefecture, never as invented exact values', async () => {
    const response = await request(testApp.http).get('/api/reference/sufficiency-datasets/2022').expect(200);
    const dataset = response.body as SufficiencyDatasetResponse;
    expect(dataset.prefectures).toHaveLength(47);
    expect(dataset.prefectures.reduce((total, prefecture) => total + prefecture.bands.length, 0)).toBe(166);
    const aomori = dataset.prefectures.find((prefecture) => prefecture.prefectureCode === '02');
    expect(aomori?.bands.find((band) => band.specialtyCode === 'internal-medicine')).toEqual({
      specialtyCode: 'internal-medicine',
      exact: null,
      lowerBound: null,
      upperBound: 0.7,
    });
    const chiba = dataset.prefectures.find((prefecture) => prefecture.prefectureCode === '12');
    expect(chiba?.bands.find((band) => band.specialtyCode === 'internal-medicine')).toEqual({
      specialtyCode: 'internal-medicine',
      exact: null,
      lowerBound: 0.7,
      upperBound: 0.8,
    });
    expect(dataset.prefectures.flatMap((prefecture) => prefecture.bands).every((band) => band.exact === null)).toBe(true);
  });

  it('filters a dataset by specialty and keeps the pediatrics list of the legacy data as ≤ 0.8', async () => {
    const response = await request(testApp.http).get('/api/reference/sufficiency-datasets/2016-2018?specialty=pediatrics').expect(200);
    const dataset = response.body as SufficiencyDatasetResponse;
    const bands = dataset.prefectures.flatMap((prefecture) => prefecture.bands);
    expect(bands).toHaveLength(12);
    expect(bands.every((band) => band.specialtyCode === 'pediatrics' && band.upperBound === 0.8 && band.lowerBound === null)).toBe(true);
    expect(dataset.bandCount).toBe(214);
  });

  it('refuses an unknown specialty, an unknown dataset and unknown query fields', async () => {
    const unknownSpecialty = await request(testApp.http).get('/api/reference/sufficiency-datasets/2022?specialty=cardiology').expect(400);
    expect(unknownSpecialty.body).toMatchObject({
      code: 'UNKNOWN_SPECIALTY',
      fieldErrors: { specialty: ['cardiology is not a known specialty'] },
    });
    const unknownDataset = await request(testApp.http).get('/api/reference/sufficiency-datasets/1999').expect(404);
    expect(unknownDataset.body).toMatchObject({
      code: 'SUFFICIENCY_DATASET_NOT_FOUND',
    });
    const unknownField = await request(testApp.http).get('/api/reference/sufficiency-datasets/2022?sort=asc').expect(400);
    expect(unknownField.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: { sort: ['property sort should not exist'] },
    });
  });

  it('publishes an OpenAPI document describing the reference routes', async () => {
    const response = await request(testApp.http).get('/api/docs-json').expect(200);
    const document = response.body as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/reference/prefectures',
        '/api/reference/prefectures/{code}',
        '/api/reference/specialties',
        '/api/reference/sufficiency-datasets/{code}',
      ]),
    );
  });

  it('redirects / to the web app in the language of the cookie', async () => {
    await request(testApp.http).get('/').expect(302).expect('Location', '/ja/');
    await request(testApp.http).get('/').set('Cookie', 'renkei_lang=en').expect(302).expect('Location', '/en/');
  });

  it('sends security headers and no stack traces', async () => {
    const response = await request(testApp.http).get('/api/reference/prefectures/48').expect(404);
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeUndefined();
    const overHttps = await request(testApp.http).get('/api/health').set('X-Forwarded-Proto', 'https').expect(200);
    expect(overHttps.headers['strict-transport-security']).toContain('max-age=');
    const oversized = await request(testApp.http)
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(`{"email":"${'a'.repeat(2_000_000)}"}`);
    expect(oversized.status).toBe(413);
    expect(JSON.stringify(oversized.body)).not.toMatch(/at \w+ \(/);
  });
});
