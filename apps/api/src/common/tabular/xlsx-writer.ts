import { Workbook } from 'exceljs';
import { formulaSafe } from './csv-writer';

/**
 * One-sheet .xlsx with a bold, frozen header row. Every string is written as text and made
 * formula-safe like the CSV, so a cell such as `=HYPERLINK(…)` can never run.
 */
export async function toXlsx(sheetName: string, header: string[], rows: (string | number | boolean | null)[][]): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'renkei';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(row.map((value) => (typeof value === 'string' ? formulaSafe(value) : value)));
  }
  sheet.columns.forEach((column, index) => {
    const longest = Math.max(...[header, ...rows].map((row) => String(row[index] ?? '').length));
    column.width = Math.min(60, Math.max(10, longest * 1.6));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
