import { parse } from 'csv-parse/sync';

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

/**
 * Parses CSV text whose header must be exactly `columns`. Never throws for bad content:
 * every problem comes back in `issues` with file, line and column.
 */
export function readCsvTable(file: string, text: string, columns: readonly string[]): CsvTable {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { info: true, record_delimiter: ['\r\n', '\n'], relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    const csvError = error as { lines?: number; column?: number; message: string };
    return { rows: [], issues: [{ file, line: csvError.lines ?? 1, column: (csvError.column ?? 0) + 1, message: csvError.message }] };
  }
  const [header, ...body] = records;
  const issues: TableIssue[] = [];
  if (!header) {
    return { rows: [], issues: [{ file, line: 1, column: 1, message: `the file is empty; expected the header ${columns.join(',')}` }] };
  }
  columns.forEach((name, index) => {
    if (header.record[index] !== name) {
      issues.push({ file, line: 1, column: index + 1, columnName: name, message: `expected header "${name}", found "${header.record[index] ?? ''}"` });
    }
  });
  if (header.record.length > columns.length) {
    issues.push({ file, line: 1, column: columns.length + 1, message: `unexpected extra column "${header.record[columns.length]}"` });
  }
  if (issues.length > 0) {
    return { rows: [], issues };
  }
  const rows: TableRow[] = [];
  for (const { record, info } of body) {
    if (record.length !== columns.length) {
      issues.push({ file, line: info.lines, column: Math.min(record.length, columns.length) + 1, message: `expected ${columns.length} values, found ${record.length}` });
      continue;
    }
    rows.push({ line: info.lines, cell: (column) => record[columns.indexOf(column)] ?? '' });
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
    this.issues.push({ file: this.file, line: row.line, column: this.columns.indexOf(column) + 1, columnName: column, message });
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
