import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource, In } from 'typeorm';
import { PhysicianScarceDesignation } from '../../src/reference-data/entities/physician-scarce-designation.entity';
import { ReferenceDataLoad } from '../../src/reference-data/entities/reference-data-load.entity';
import { SufficiencyValue } from '../../src/reference-data/entities/sufficiency-value.entity';
import { ReferenceDataFileError } from '../../src/reference-data/reference-data.files';
import { ReferenceDataLoader } from '../../src/reference-data/reference-data.loader';
import { createTestApp, TestApp } from '../utils/test-app';

const REFERENCE_DATA_DIR = process.env['REFERENCE_DATA_DIR'] ?? '';

describe('reference data loading', () => {
  let testApp: TestApp;
  let loader: ReferenceDataLoader;
  let dataSource: DataSource;
  let scratch: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    loader = testApp.app.get(ReferenceDataLoader);
    dataSource = testApp.app.get(DataSource);
  });

  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), 'renkei-reference-'));
    cpSync(REFERENCE_DATA_DIR, scratch, { recursive: true });
  });

  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  afterAll(() => testApp.close());

  const snapshot = async () => ({
    // Only the datasets loaded from the files: other specs import datasets of their own.
    values: await dataSource.getRepository(SufficiencyValue).count({ where: { dataset: { code: In(['2022', '2016-2018']) } } }),
    loads: await dataSource.getRepository(ReferenceDataLoad).find({ order: { fileName: 'ASC' } }),
    designations: await dataSource.getRepository(PhysicianScarceDesignation).count(),
  });

  it('changes nothing when the same files are loaded again', async () => {
    const before = await snapshot();
    await expect(loader.load()).resolves.toBe('unchanged');
    expect(await snapshot()).toEqual(before);
    expect(before).toMatchObject({ values: 166 + 214, designations: 330 });
  });

  it('keeps a prefecture’s own designation when the files are reloaded', async () => {
    const designations = dataSource.getRepository(PhysicianScarceDesignation);
    await designations.update(
      { areaCode: '0201' },
      {
        physicianScarce: true,
        source: 'prefecture',
        reason: 'test: designated by the prefecture',
      },
    );
    writeFileSync(join(scratch, 'secondary-medical-areas.csv'), `${readFileSync(join(scratch, 'secondary-medical-areas.csv'), 'utf8')}\n`);

    await expect(loader.load(scratch)).resolves.toBe('loaded');

    await expect(designations.findOneByOrFail({ areaCode: '0201' })).resolves.toMatchObject({ physicianScarce: true, source: 'prefecture' });
    await designations.update({ areaCode: '0201' }, { physicianScarce: false, source: 'index-default', reason: null });
    await expect(loader.load()).resolves.toBe('loaded');
  });

  it('refuses malformed files naming every bad file, line and column, and loads nothing', async () => {
    const before = await snapshot();
    const bands = readFileSync(join(scratch, 'sufficiency-bands-2022.csv'), 'utf8').split('\n');
    bands[4] = 'internal-medicine,11,abc,'; // line 5
    bands[6] = 'internal-medicine,99,0.7,'; // line 7: no such prefecture
    writeFileSync(join(scratch, 'sufficiency-bands-2022.csv'), bands.join('\n'));
    const areas = readFileSync(join(scratch, 'secondary-medical-areas.csv'), 'utf8').split('\n');
    areas[2] = '0102,01,南檜山,139.0,rare'; // line 3
    writeFileSync(join(scratch, 'secondary-medical-areas.csv'), areas.join('\n'));

    const failure = await loader.load(scratch).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ReferenceDataFileError);
    const message = (failure as Error).message;
    expect(message).toContain('secondary-medical-areas.csv line 3, column 5 (index_class): "rare" is not one of many, middle, few');
    expect(message).toContain('sufficiency-bands-2022.csv line 5, column 3 (ratio_upper_bound): "abc" is not a number');
    expect(message).toContain('sufficiency-bands-2022.csv line 7, column 2 (prefecture_code): prefecture 99 is not in prefectures.csv');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a file whose header is not the expected one', async () => {
    writeFileSync(join(scratch, 'specialties.csv'), 'code,name,name_en,ceiling_exempt\ninternal-medicine,内科,Internal medicine,false\n');
    await expect(loader.load(scratch)).rejects.toThrow('specialties.csv line 1, column 2 (name_ja): expected header "name_ja", found "name"');
  });
});
