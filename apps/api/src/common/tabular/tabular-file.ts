import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';

/** One problem in a tabular file, located the way a spreadsheet user finds it. */
export interface TableIssue {
  file: string;
  /** 1-based line in the file (the header is line 1). */
  line: number;
  /** 1-based column, with its header name when known. */
  column: number;
  columnName?: string;
  message: string;
}

export interface TableRow {
  line: number;
  cell(column: string): string;
}

export interface CsvTable {
  rows: TableRow[];
  issues: TableIssue[];
}

export function formatIssue(issue: TableIssue): string {
  const column = issue.columnName ? `column ${issue.column} (${issue.columnName})` : `column ${issue.column}`;
  return `${issue.file} line ${issue.line}, ${column}: ${issue.message}`;
}

interface RawRecord {
  line: number;
  values: string[];
}

/**
 * Reads a CSV or .xlsx file (told apart by content, not by name) whose header must be exactly
 * `columns`. Never throws for bad content: every problem comes back in `issues`.
 */
export async function readTabularFile(file: string, content: Buffer, columns: readonly string[]): Promise<CsvTable> {
  const isZip = content.length > 3 && content[0] === 0x50 && content[1] === 0x4b && content[2] === 0x03 && content[3] === 0x04;
  return isZip ? readXlsxTable(file, content, columns) : readCsvTable(file, content.toString('utf8'), columns);
}

/** CSV text (UTF-8, optional BOM, CRLF or LF). */
export function readCsvTable(file: string, text: string, columns: readonly string[]): CsvTable {
  let records: RawRecord[];
  try {
    const parsed = parse(text.replace(/^\uFEFF/, ''), {
      info: true,
      record_delimiter: ['\r\n', '\n'],
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
    records = parsed.map(({ record, info }) => ({
      line: info.lines,
      values: record,
    }));
  } catch (error) {
    const csvError = error as {
      lines?: number;
      column?: number;
      message: string;
    };
    return {
      rows: [],
      issues: [
        {
          file,
          line: csvError.lines ?? 1,
          column: (csvError.column ?? 0) + 1,
          message: csvError.message,
        },
      ],
    };
  }
  return tableFromRecords(file, records, columns);
}

/** The first worksheet of an .xlsx workbook; cells are read as the text a person sees. */
export async function readXlsxTable(file: string, content: Buffer, columns: readonly string[]): Promise<CsvTable> {
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    return {
      rows: [],
      issues: [
        {
          file,
          line: 1,
          column: 1,
          message: 'the file is not a readable .xlsx workbook',
        },
      ],
    };
  }
  const sheet = workbook.worksheets[0];
  const records: RawRecord[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: string[] = [];
    for (let index = 1; index <= Math.max(row.cellCount, columns.length); index += 1) {
      values.push(row.getCell(index).text.trim());
    }
    while (values.length > columns.length && values[values.length - 1] === '') {
      values.pop();
    }
    if (values.some((value) => value !== '')) {
      records.push({ line: rowNumber, values });
    }
  });
  return tableFromRecords(file, records, columns);
}

function tableFromRecords(file: string, records: RawRecord[], columns: readonly string[]): CsvTable {
  const [header, ...body] = records;
  const issues: TableIssue[] = [];
  if (!header) {
    return {
      rows: [],
      issues: [
        {
          file,
          line: 1,
          column: 1,
          message: `the file is empty; expected the header ${columns.join(',')}`,
        },
      ],
    };
  }
  columns.forEach((name, index) => {
    if (header.values[index] !== name) {
      issues.push({
        file,
        line: header.line,
        column: index + 1,
        columnName: name,
        message: `expected header "${name}", found "${header.values[index] ?? ''}"`,
      });
    }
  });
  if (header.values.length > columns.length) {
    issues.push({
      file,
      line: header.line,
      column: columns.length + 1,
      message: `unexpected extra column "${header.values[columns.length]}"`,
    });
  }
  if (issues.length > 0) {
    return { rows: [], issues };
  }
  const rows: TableRow[] = [];
  for (const { line, values } of body) {
    if (values.length !== columns.length) {
      issues.push({
        file,
        line,
        column: Math.min(values.length, columns.length) + 1,
        message: `expected ${columns.length} values, found ${values.length}`,
      });
      continue;
    }
    rows.push({
      line,
      cell: (column) => values[columns.indexOf(column)] ?? '',
    });
  }
  return { rows, issues };
}

/** Collects issues for one table while its rows are validated cell by cell. */
export class TableValidator {
  readonly issues: TableIssue[] = [];

  constructor(
    private readonly file: string,
    private readonly columns: readonly string[],
  ) {}

  report(row: TableRow, column: string, message: string): void {
    this.issues.push({
      file: this.file,
      line: row.line,
      column: this.columns.indexOf(column) + 1,
      columnName: column,
      message,
    });
  }

  /** The cell's text when it matches `pattern`, otherwise reports `expected` and returns undefined. */
  text(row: TableRow, column: string, pattern: RegExp, expected: string): string | undefined {
    const value = row.cell(column);
    if (!pattern.test(value)) {
      this.report(row, column, `"${value}" is not ${expected}`);
      return undefined;
    }
    return value;
  }

  /** A decimal number, or null for an empty cell when `optional`. */
  number(row: TableRow, column: string, options: { optional?: boolean; min?: number; max?: number } = {}): number | null | undefined {
    const value = row.cell(column);
    if (value === '' && options.optional) {
      return null;
    }
    const parsed = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
    if (Number.isNaN(parsed)) {
      this.report(row, column, `"${value}" is not a number`);
      return undefined;
    }
    if ((options.min !== undefined && parsed < options.min) || (options.max !== undefined && parsed > options.max)) {
      this.report(row, column, `${parsed} is outside ${options.min ?? '−∞'}–${options.max ?? '∞'}`);
      return undefined;
    }
    return parsed;
  }

  oneOf<T extends string>(row: TableRow, column: string, allowed: readonly T[]): T | undefined {
    const value = row.cell(column);
    if (!(allowed as readonly string[]).includes(value)) {
      this.report(row, column, `"${value}" is not one of ${allowed.join(', ')}`);
      return undefined;
    }
    return value as T;
  }

  /** Reports a repeated key; returns false for the repeat. */
  unique(seen: Map<string, number>, key: string, row: TableRow, column: string): boolean {
    const firstLine = seen.get(key);
    if (firstLine !== undefined) {
      this.report(row, column, `duplicate of line ${firstLine}`);
      return false;
    }
    seen.set(key, row.line);
    return true;
  }
}
