import { CSV_BOM, toCsv } from './csv';

describe('toCsv', () => {
  const columns = [
    { header: 'reference', value: (r: Record<string, unknown>) => r.reference },
    { header: 'title', value: (r: Record<string, unknown>) => r.title },
    { header: 'value', value: (r: Record<string, unknown>) => r.value },
  ];

  it('writes a BOM, CRLF lines, quotes where needed and joins arrays', () => {
    const csv = toCsv(columns, [
      { reference: 'INC-2026-00001', title: '深層偽造, "動画"', value: ['a', 'b'] },
      { reference: 'INC-2026-00002', title: '一行目\n二行目', value: null },
    ]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'reference,title,value',
      'INC-2026-00001,"深層偽造, ""動画""",a; b',
      'INC-2026-00002,"一行目\n二行目",',
      '',
    ]);
  });

  it('keeps text that looks like a formula from running in a spreadsheet, but not numbers', () => {
    const csv = toCsv(columns, [{ reference: '=HYPERLINK("x")', title: '@me', value: -5 }]);
    expect(csv.slice(1).split('\r\n')[1]).toBe(`"'=HYPERLINK(""x"")","'@me",-5`);
  });
});
