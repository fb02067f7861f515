import { Workbook } from 'exceljs';
import { readTabularFile } from './tabular-file';

const COLUMNS = ['code', 'name', 'beds'];

async function xlsx(rows: (string | number | null)[][]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('data');
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('readTabularFile', () => {
  it('reads CSV and .xlsx into the same rows, whatever the file is called', async () => {
    const csv = await readTabularFile('a.xlsx', Buffer.from('\uFEFFcode,name,beds\r\n0101,南渡島,120\r\n'), COLUMNS);
    const workbook = await readTabularFile(
      'a.csv',
      await xlsx([
        ['code', 'name', 'beds'],
        ['0101', '南渡島', 120],
      ]),
      COLUMNS,
    );
    for (const table of [csv, workbook]) {
      expect(table.issues).toEqual([]);
      expect(table.rows.map((row) => [row.line, row.cell('code'), row.cell('name'), row.cell('beds')])).toEqual([[2, '0101', '南渡島', '120']]);
    }
  });

  it('reports a wrong header with its column and reads no rows', async () => {
    const table = await readTabularFile(
      'f.xlsx',
      await xlsx([
        ['code', 'title', 'beds'],
        ['1', 'x', 2],
      ]),
      COLUMNS,
    );
    expect(table.rows).toEqual([]);
    expect(table.issues).toEqual([
      {
        file: 'f.xlsx',
        line: 1,
        column: 2,
        columnName: 'name',
        message: 'expected header "name", found "title"',
      },
    ]);
  });

  it('keeps worksheet line numbers when rows are skipped, and reports rows with extra values', async () => {
    const table = await readTabularFile(
      'f.xlsx',
      await xlsx([
        ['code', 'name', 'beds'],
        [null, null, null],
        ['2', 'b', 3, 'extra'],
      ]),
      COLUMNS,
    );
    expect(table.rows).toEqual([]);
    expect(table.issues).toEqual([
      {
        file: 'f.xlsx',
        line: 3,
        column: 4,
        message: 'expected 3 values, found 4',
      },
    ]);
  });

  it('says when a file is neither CSV nor a readable workbook', async () => {
    const table = await readTabularFile('f.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]), COLUMNS);
    expect(table.issues[0]?.message).toBe('the file is not a readable .xlsx workbook');
  });
});
