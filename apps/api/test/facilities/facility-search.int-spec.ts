import { FacilitySearchResult } from '@renkei/contract';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Facility } from '../../src/facilities/facility.entity';
import { createTestApp, TestApp } from '../utils/test-app';

describe('public facility search (GET /api/facilities/search)', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  /** A word no other test uses, so the results are only this file's facilities. */
  const marker = `検索${randomUUID().slice(0, 8)}`;
  const codePrefix = `S${randomUUID().slice(0, 6)}`.toUpperCase();

  const search = (query: Record<string, string | number>) => request(testApp.http).get('/api/facilities/search').query(query);

  beforeAll(async () => {
    testApp = await createTestApp();
    dataSource = testApp.app.get(DataSource);
    const facility = (suffix: string, name: string, areaCode: string, municipality: string): Partial<Facility> => ({
      facilityCode: `${codePrefix}-${suffix}`,
      name,
      prefectureCode: areaCode.slice(0, 2),
      secondaryMedicalAreaCode: areaCode,
      municipality,
      address: '非公開の住所 1-1',
      bedCount: 123,
      isHost: true,
      sample: true,
    });
    await dataSource
      .getRepository(Facility)
      .save([
        facility('1', `${marker}西北五病院`, '0204', '五所川原市'),
        facility('2', `${marker}津軽病院`, '0201', '弘前市'),
        facility('3', `${marker}100%_病院`, '1206', '山武市'),
        ...Array.from({ length: 25 }, (_, i) => facility(`M${i}`, `${marker}多数病院${i}`, '1201', '千葉市')),
      ]);
  });

  afterAll(() => testApp.close());

  it('finds facilities by part of the name, without signing in, with the public fields only', async () => {
    const response = await search({ q: `${marker}西北五` }).expect(200);
    const results = response.body as FacilitySearchResult[];
    expect(results).toEqual([
      {
        id: expect.any(String),
        facilityCode: `${codePrefix}-1`,
        name: `${marker}西北五病院`,
        prefectureCode: '02',
        secondaryMedicalAreaCode: '0204',
        municipality: '五所川原市',
        physicianScarceSpot: false,
        sample: true,
      },
    ]);
  });

  it('finds a facility by its code (case-insensitive), the exact code first', async () => {
    const results = (await search({ q: `${codePrefix}-1`.toLowerCase(), limit: 20 }).expect(200)).body as FacilitySearchResult[];
    expect(results[0]?.facilityCode).toBe(`${codePrefix}-1`);
    expect(results.map((r) => r.facilityCode)).toEqual([`${codePrefix}-1`]);
  });

  it('treats % and _ as ordinary characters', async () => {
    const percent = (await search({ q: `${marker}100%_` }).expect(200)).body as FacilitySearchResult[];
    expect(percent.map((r) => r.facilityCode)).toEqual([`${codePrefix}-3`]);
    // Unescaped, "%" would match every facility of this file.
    expect((await search({ q: `${marker}%` }).expect(200)).body).toEqual([]);
    expect((await search({ q: `${marker}___` }).expect(200)).body).toEqual([]);
  });

  it('caps the number of results: 10 by default, at most 20', async () => {
    expect(((await search({ q: marker }).expect(200)).body as FacilitySearchResult[]).length).toBe(10);
    expect(((await search({ q: marker, limit: 3 }).expect(200)).body as FacilitySearchResult[]).length).toBe(3);
    expect(((await search({ q: marker, limit: 20 }).expect(200)).body as FacilitySearchResult[]).length).toBe(20);
    const tooMany = await search({ q: marker, limit: 500 }).expect(400);
    expect(tooMany.body).toMatchObject({ fieldErrors: { limit: [expect.stringContaining('1 to 20')] } });
  });

  it('refuses an empty or missing query and unknown parameters, naming the field', async () => {
    const message = { fieldErrors: { q: ['q must be 1 to 100 characters'] } };
    expect((await search({ q: '   ' }).expect(400)).body).toMatchObject(message);
    expect((await request(testApp.http).get('/api/facilities/search').expect(400)).body).toMatchObject(message);
    expect((await search({ q: 'x'.repeat(101) }).expect(400)).body).toMatchObject(message);
    expect((await search({ q: marker, prefecture: '02' }).expect(400)).body).toMatchObject({ fieldErrors: { prefecture: [expect.any(String)] } });
  });
});
