import { CeilingDatasetResponse, ImportPreviewResponse } from '@renkei/contract';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createUser, TestClient } from '../utils/accounts';
import { createTestApp, TestApp } from '../utils/test-app';

const HEADER = 'recruitment_year,specialty_code,prefecture_code,under_ceiling,cap';

describe('ceiling dataset import', () => {
  let testApp: TestApp;
  let jmsb: TestClient;

  beforeAll(async () => {
    testApp = await createTestApp();
    jmsb = await new TestClient(testApp.http).start();
    await jmsb.signIn((await createUser(testApp.app.get(DataSource), { role: 'jmsb' })).email);
  });

  afterAll(() => testApp.close());

  const upload = (code: string, csv: string) =>
    jmsb
      .post('/api/imports/ceiling-dataset')
      .attach('file', Buffer.from(csv), 'ceilings.csv')
      .field('code', code)
      .field('nameJa', 'シーリング 2028（テスト）')
      .field('nameEn', 'Ceilings 2028 (test)')
      .field('sourceNote', 'test file');

  it('reports every bad row and imports a clean file once', async () => {
    const bad = [
      HEADER,
      '2028,internal-medicine,13,true,120',
      '2028,surgery,13,true,',
      '2028,internal-medicine,13,false,',
      '2028,pediatrics,02,false,10',
      'x,pediatrics,02,false,',
    ].join('\n');
    const badPreview = (await upload('ceil-2028', bad).expect(201)).body as ImportPreviewResponse;
    expect(badPreview.issues.map((issue) => `${issue.line}:${issue.columnName}`)).toEqual([
      '3:under_ceiling',
      '4:prefecture_code',
      '5:cap',
      '6:recruitment_year',
    ]);
    await jmsb.post(`/api/imports/${badPreview.id}/commit`).send({}).expect(409);

    const good = [HEADER, '2028,internal-medicine,13,true,120', '2028,internal-medicine,02,false,', '2028,surgery,13,false,'].join('\n');
    const preview = (await upload('ceil-2028', good).expect(201)).body as ImportPreviewResponse;
    expect(preview.summary).toMatchObject({ created: 3 });
    await jmsb.post(`/api/imports/${preview.id}/commit`).send({}).expect(201);
    const datasets = (await request(testApp.http).get('/api/eligibility/ceiling-datasets').expect(200)).body as CeilingDatasetResponse[];
    expect(datasets.find((dataset) => dataset.code === 'ceil-2028')).toMatchObject({ sample: false });

    const again = (await upload('ceil-2028', good).expect(201)).body as ImportPreviewResponse;
    expect(again.summary).toMatchObject({ created: 0, unchanged: 3 });
  });
});
