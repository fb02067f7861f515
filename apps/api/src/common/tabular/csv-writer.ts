/**
 * CSV for spreadsheets: RFC 4180 quoting, CRLF lines, a BOM so Excel reads UTF-8 Japanese, and
 * cells that would start a formula (= + - @ tab CR) prefixed with ' (formula-injection safe).
 */
export function toCsv(header: string[], rows: (string | number | boolean | null | undefined)[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) {
    return '';
  }
  const text = typeof value === 'string' ? formulaSafe(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Text a spreadsheet will not read as a formula: a leading = + - @ tab or CR gets a ' before it. */
export function formulaSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
