import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ImportPreviewResponse } from '@renkei/contract';
import { apiError, status } from '../../testing/account.fixtures';
import { fieldMessage, typeInto } from '../../testing/dom';
import { provideTestEnvironment } from '../../testing/test-providers';
import { FileImport, ImportCommitted } from '../../shared/import/file-import';
import { DATASET_IMPORTS } from './dataset-import-page';

const PREVIEW: ImportPreviewResponse = {
  id: '6f1c1a52-5b0c-4a43-9d7e-0f3f0c9f6a11',
  kind: 'sufficiency-dataset',
  fileName: 'ratios.csv',
  status: 'previewed',
  issues: [],
  summary: { rows: 2, created: 2, updated: 0, unchanged: 0, description: 'New dataset 2024: 2 values for 1 specialties.' },
  createdAt: '2026-11-29T00:00:00.000Z',
  committedAt: null,
};

describe('FileImport', () => {
  async function render() {
    TestBed.configureTestingModule({ imports: [FileImport], providers: provideTestEnvironment() });
    const fixture = TestBed.createComponent(FileImport);
    const config = DATASET_IMPORTS['sufficiency-dataset'];
    fixture.componentRef.setInput('kind', 'sufficiency-dataset');
    fixture.componentRef.setInput('fields', config.fields);
    fixture.componentRef.setInput('columns', config.columns);
    const committed: ImportCommitted[] = [];
    fixture.componentInstance.committed.subscribe((event) => committed.push(event));
    fixture.detectChanges();
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const input = (name: string) => element.querySelector<HTMLInputElement>(`[name="${name}"]`);
    const button = (text: string) => [...element.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
    const chooseFile = (content: string) => {
      const fileInput = element.querySelector<HTMLInputElement>('input[type="file"]');
      if (!fileInput) throw new Error('no file input');
      Object.defineProperty(fileInput, 'files', { value: [new File([content], 'ratios.csv', { type: 'text/csv' })], configurable: true });
      fileInput.dispatchEvent(new Event('change'));
    };
    const fill = () => {
      typeInto(input('code'), '2024');
      typeInto(input('nameJa'), '2024年 足下充足率');
      typeInto(input('nameEn'), '2024 ratios');
      typeInto(input('sourceNote'), 'JMSB file');
    };
    return { fixture, element, input, button, chooseFile, fill, committed, http: TestBed.inject(HttpTestingController) };
  }

  it('asks for the fields and the file before uploading anything', async () => {
    const { fixture, element, input, button, http } = await render();

    button('アップロードして確認')?.click();
    await fixture.whenStable();

    expect(fieldMessage(input('code'))).toBe('入力してください。');
    expect(element.querySelector('input[type="file"]')?.getAttribute('aria-invalid')).toBe('true');
    http.expectNone(() => true);
  });

  it('uploads the file with the filled-in fields, shows every row problem, and offers no import', async () => {
    const { fixture, element, button, chooseFile, fill, http } = await render();
    fill();
    chooseFile('specialty_code,prefecture_code,ratio\n');

    button('アップロードして確認')?.click();
    await fixture.whenStable();

    const request = http.expectOne('/api/imports/sufficiency-dataset');
    expect(request.request.method).toBe('POST');
    const body = request.request.body as FormData;
    expect(body.get('code')).toBe('2024');
    expect(body.get('sourceNote')).toBe('JMSB file');
    // The optional "unlisted above" field was left empty: not sent.
    expect(body.has('unlistedAbove')).toBe(false);
    expect((body.get('file') as File).name).toBe('ratios.csv');
    request.flush({
      ...PREVIEW,
      issues: [
        { file: 'ratios.csv', line: 3, column: 2, columnName: 'prefecture_code', message: '"99" is not a prefecture code (01–47)' },
        { file: 'ratios.csv', line: 5, column: 3, columnName: 'ratio', message: 'give either an exact ratio or a band, not both' },
      ],
    });
    await fixture.whenStable();

    const rows = [...element.querySelectorAll('[data-testid="import-issues"] tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );
    expect(rows).toEqual([
      ['3', 'prefecture_code （2 列目）', '"99" is not a prefecture code (01–47)'],
      ['5', 'ratio （3 列目）', 'give either an exact ratio or a band, not both'],
    ]);
    expect(element.querySelector('[data-testid="import-preview"] p[role="alert"]')?.textContent).toContain(
      '2 件の問題があります。何も取り込まれていません。',
    );
    expect(button('取り込む')?.disabled).toBe(true);
  });

  it('commits a clean preview and says what was imported', async () => {
    const { fixture, element, button, chooseFile, fill, committed, http } = await render();
    fill();
    chooseFile('specialty_code,prefecture_code,ratio\ninternal-medicine,13,0.75\n');
    button('アップロードして確認')?.click();
    await fixture.whenStable();
    http.expectOne('/api/imports/sufficiency-dataset').flush(PREVIEW);
    await fixture.whenStable();
    expect(element.textContent).toContain('New dataset 2024: 2 values for 1 specialties.');

    button('取り込む')?.click();
    await fixture.whenStable();
    const commit = http.expectOne(`/api/imports/${PREVIEW.id}/commit`);
    expect(commit.request.method).toBe('POST');
    commit.flush({
      ...PREVIEW,
      status: 'committed',
      committedAt: '2026-11-29T00:01:00.000Z',
      summary: { ...PREVIEW.summary, description: 'Imported dataset 2024: 2 values.' },
    });
    await fixture.whenStable();

    expect(element.querySelector('[data-testid="import-result"]')?.textContent).toContain('Imported dataset 2024: 2 values.');
    expect(button('取り込む')).toBeUndefined();
    expect(committed).toHaveLength(1);
    expect(committed[0]?.fields['code']).toBe('2024');
  });

  it("shows the API's field messages under the field (e.g. a code already used with other figures)", async () => {
    const { fixture, input, button, chooseFile, fill, http } = await render();
    fill();
    chooseFile('x');
    button('アップロードして確認')?.click();
    await fixture.whenStable();

    http.expectOne('/api/imports/sufficiency-dataset').flush(
      apiError(400, 'VALIDATION_FAILED', 'Invalid input: code', {
        code: ['dataset 2024 already exists with other figures; datasets do not change once imported: use a new code'],
      }),
      status(400),
    );
    await fixture.whenStable();

    expect(fieldMessage(input('code'))).toContain('dataset 2024 already exists with other figures');
  });
});
