import { csvCell, toCsv } from './csv-writer';

describe('CSV writer', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it.each(['=1+2', '+81', '-cmd', '@SUM(A1)', '\tx'])('neutralises the formula-like cell %p', (value) => {
    expect(csvCell(value).replace(/^"/, '')).toMatch(/^'/);
  });

  it('keeps numbers as numbers and writes a BOM and CRLF lines', () => {
    expect(toCsv(['n', 'name'], [[-1, '青森県']])).toBe('\uFEFFn,name\r\n-1,青森県\r\n');
  });
});
