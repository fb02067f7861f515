import { ImportPreviewResponse, SufficiencyDatasetResponse } from '@renkei/contract';
import { Workbook } from 'exceljs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { SufficiencyDataset } from '../../src/reference-data/entities/sufficiency-dataset.entity';
import { createUser, TestClient } from '../utils/accounts';
import { createTestApp, TestApp } from '../utils/test-app';

const HEADER = 'specialty_code,prefecture_code,ratio,ratio_lower_bound,ratio_upper_bound';
const FIELDS = {
  nameJa: '足下充足率 2024（テスト）',
  nameEn: 'Sufficiency 2024 (test)',
  sourceNote: 'Integration test file',
  unlistedAbove: '0.8',
};

async function workbook(rows: (string | number)[][]): Promise<Buffer> {
  const book = new Workbook();
  const sheet = book.addWorksheet('ratios');
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('sufficiency dataset import (preview, then commit)', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let jmsb: TestClient;

  beforeAll(async () => {
    testApp = await createTestApp();
    dataSource = testApp.app.get(DataSource);
    jmsb = await new TestClient(testApp.http).start();
    await jmsb.signIn((await createUser(dataSource, { role: 'jmsb' })).email);
  });

  afterAll(() => testApp.close());

  const upload = (client: TestClient, code: string, file: Buffer, name: string, extra: Record<string, string> = {}) => {
    let call = client.post('/api/imports/sufficiency-dataset').attach('file', file, name);
    for (const [field, value] of Object.entries({
      ...FIELDS,
      code,
      ...extra,
    })) {
      call = call.field(field, value);
    }
    return call;
  };

  it('shows every bad row with line and column and imports nothing, even when asked to commit', async () => {
    const csv = [
      HEADER,
      'internal-medicine,02,0.65,,',
      'internal-medicine,99,0.7,,',
      'pediatrics,03,,0.9,0.8',
      'pediatrics,04,abc,,',
      'internal-medicine,02,0.6,,',
    ].join('\n');
    const preview = (await upload(jmsb, 'bad-2024', Buffer.from(csv), 'bad.csv').expect(201)).body as ImportPreviewResponse;

    expect(preview.issues.map((issue) => `${issue.line}:${issue.column}:${issue.message}`)).toEqual([
      '3:2:"99" is not a prefecture code (01–47)',
      '4:4:the lower bound 0.9 must be below the upper bound 0.8',
      '5:3:"abc" is not a number',
      '6:2:duplicate of line 2',
    ]);
    const commit = await jmsb.post(`/api/imports/${preview.id}/commit`).send({}).expect(409);
    expect(commit.body).toMatchObject({ code: 'IMPORT_HAS_ISSUES' });
    expect(await dataSource.getRepository(SufficiencyDataset).existsBy({ code: 'bad-2024' })).toBe(false);
  });

  it('imports a clean .xlsx in one commit; the same file again changes nothing', async () => {
    const file = await workbook([
      HEADER.split(','),
      ['internal-medicine', '02', 0.62, '', ''],
      ['internal-medicine', '12', '', 0.7, 0.8],
      ['pediatrics', '13', 0.95, '', ''],
    ]);
    const preview = (await upload(jmsb, 'test-2024', file, 'ratios.xlsx').expect(201)).body as ImportPreviewResponse;
    expect(preview.issues).toEqual([]);
    expect(preview.summary).toMatchObject({
      rows: 3,
      created: 3,
      unchanged: 0,
    });
    expect(await dataSource.getRepository(SufficiencyDataset).existsBy({ code: 'test-2024' })).toBe(false);

    const committed = (await jmsb.post(`/api/imports/${preview.id}/commit`).send({}).expect(201)).body as ImportPreviewResponse;
    expect(committed.status).toBe('committed');
    const dataset = (await request(testApp.http).get('/api/reference/sufficiency-datasets/test-2024').expect(200)).body as SufficiencyDatasetResponse;
    expect(dataset.specialtyCodes).toEqual(['internal-medicine', 'pediatrics']);
    expect(dataset.prefectures.find((prefecture) => prefecture.prefectureCode === '02')?.bands).toEqual([
      {
        specialtyCode: 'internal-medicine',
        exact: 0.62,
        lowerBound: null,
        upperBound: null,
      },
    ]);
    await jmsb.post(`/api/imports/${preview.id}/commit`).send({}).expect(201);

    const again = (await upload(jmsb, 'test-2024', file, 'ratios-again.xlsx').expect(201)).body as ImportPreviewResponse;
    expect(again.summary).toMatchObject({ created: 0, unchanged: 3 });
    await jmsb.post(`/api/imports/${again.id}/commit`).send({}).expect(201);
    expect(await dataSource.getRepository(SufficiencyDataset).countBy({ code: 'test-2024' })).toBe(1);

    const changed = await upload(
      jmsb,
      'test-2024',
      await workbook([HEADER.split(','), ['internal-medicine', '02', 0.7, '', '']]),
      'changed.xlsx',
    ).expect(400);
    expect(changed.body).toMatchObject({
      fieldErrors: {
        code: [expect.stringContaining('already exists with other figures')],
      },
    });
  });

  it('refuses missing fields, unknown fields and a missing file with field messages', async () => {
    const response = await jmsb
      .post('/api/imports/sufficiency-dataset')
      .attach('file', Buffer.from(HEADER), 'x.csv')
      .field('code', '2024')
      .field('color', 'red')
      .expect(400);
    expect(Object.keys((response.body as { fieldErrors: object }).fieldErrors).sort()).toEqual(['color', 'nameEn', 'nameJa', 'sourceNote']);
    const noFile = await jmsb.post('/api/imports/sufficiency-dataset').field('code', '2024').expect(400);
    expect(noFile.body).toMatchObject({ code: 'IMPORT_FILE_MISSING' });
  });

  it('lets only the JMSB import datasets, and hides one person’s import from others', async () => {
    const officer = await new TestClient(testApp.http).start();
    await officer.signIn(
      (
        await createUser(dataSource, {
          role: 'prefecture',
          prefectureCode: '02',
        })
      ).email,
    );
    await upload(officer, 'x-2024', Buffer.from(HEADER), 'x.csv').expect(403);
    const preview = (await upload(jmsb, 'private-2024', Buffer.from(`${HEADER}\ninternal-medicine,02,0.5,,`), 'p.csv').expect(201))
      .body as ImportPreviewResponse;
    await officer.get(`/api/imports/${preview.id}`).expect(404);
    await officer.post(`/api/imports/${preview.id}/commit`).send({}).expect(404);
  });
});
