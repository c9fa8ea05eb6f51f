import { describe, expect, it } from 'vitest';
import { numberCell, parseCsv } from '../../viz/csv.ts';

describe('parseCsv', () => {
  it('reads a header and rows, quoted cells with commas, quotes and line breaks, CRLF endings', () => {
    const table = parseCsv('arm,label,value\r\nbase,"a, ""quoted""\nlabel",0.5\r\nx,plain,NA\n');
    expect(table.header).toEqual(['arm', 'label', 'value']);
    expect(table.rows).toEqual([
      ['base', 'a, "quoted"\nlabel', '0.5'],
      ['x', 'plain', 'NA'],
    ]);
  });

  it('keeps a last line without a line break and skips blank lines', () => {
    expect(parseCsv('a,b\n1,2\n\n3,4').rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('reads NA and empty cells as missing numbers', () => {
    expect([numberCell('NA'), numberCell(''), numberCell('1e-3'), numberCell('-2')]).toEqual([null, null, 0.001, -2]);
  });
});
