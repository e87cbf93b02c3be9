import fc from 'fast-check';
import { decodeCsv } from '../../src/io/xlsx/decodeCsv';
import { readCsv } from '../../src/io/xlsx/readCsv';

describe('readCsv', () => {
  it('reads records of strings, empty fields as null, with the file name as sheet', () => {
    const grid = readCsv('RoleId,Title,Headcount\nR1,Director,1\nR2,,2\n', 'Roles');
    expect(grid).toEqual({
      sheet: 'Roles',
      origin: { row: 1, col: 1 },
      values: [
        ['RoleId', 'Title', 'Headcount'],
        ['R1', 'Director', '1'],
        ['R2', null, '2'],
      ],
    });
  });

  it.each([
    ['commas inside quotes', '"a, b",c\n', [['a, b', 'c']]],
    ['doubled quotes', '"say ""hi""",x\n', [['say "hi"', 'x']]],
    ['a quoted empty field is null', '"",x,""\n', [[null, 'x', null]]],
    ['a field that is only a quote', '"""",x\n', [['"', 'x']]],
    ['a quote inside an unquoted field is text', 'a"b,c\n', [['a"b', 'c']]],
    ['text after a closing quote is kept', '"ab"c,d\n', [['abc', 'd']]],
    ['trailing comma gives a last empty field', 'a,\n', [['a', null]]],
    [
      'no final line break',
      'a,b\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'CRLF line breaks',
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['lone CR line breaks', 'a\rb\r', [['a'], ['b']]],
    ['ragged rows stay ragged', 'a,b,c\nd\n', [['a', 'b', 'c'], ['d']]],
    ['a blank line in the middle is an empty record', 'a\n\nb\n', [['a'], [null], ['b']]],
    ['trailing blank records are dropped', 'a\n\n\r\n,\n', [['a']]],
    ['an unterminated quote runs to the end', 'a,"b\nc', [['a', 'b\nc']]],
    ['empty text', '', []],
  ])('%s', (_, text, values) => {
    expect(readCsv(text, 'S').values).toEqual(values);
  });

  it('keeps record numbering when a quoted field holds line breaks', () => {
    const grid = readCsv('id,text\r\n1,"line 1\r\nline 2\nline 3"\r\n2,after\r\n', 'S');
    expect(grid.values).toHaveLength(3);
    expect(grid.values[1]).toEqual(['1', 'line 1\r\nline 2\nline 3']);
    // Record 3 is row 3, as Excel shows it, although it starts on line 5 of the file.
    expect(grid.values[2]).toEqual(['2', 'after']);
  });

  it('strips a UTF-8 BOM from the first header', () => {
    const grid = readCsv('\uFEFFRoleId,职位\nR1,经理\n', 'S');
    expect(grid.values[0]).toEqual(['RoleId', '职位']);
    expect(grid.values[1]).toEqual(['R1', '经理']);
  });

  it('never converts numbers, dates or booleans', () => {
    expect(readCsv('1,2024-01-31,TRUE,=1+1,-3\n', 'S').values).toEqual([
      ['1', '2024-01-31', 'TRUE', '=1+1', '-3'],
    ]);
  });

  it('reads back whatever an RFC 4180 writer wrote', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r\n', ' ', '中') });
    const table = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(table, fc.boolean(), (rows, finalBreak) => {
        // A last record made only of empty fields is dropped like any trailing blank record.
        fc.pre(!(rows[rows.length - 1] ?? []).every((f) => f === ''));
        const quote = (f: string): string => `"${f.replace(/"/g, '""')}"`;
        const text =
          rows.map((r) => r.map(quote).join(',')).join('\r\n') + (finalBreak ? '\r\n' : '');
        const expected = rows.map((r) => r.map((f) => (f === '' ? null : f)));
        expect(readCsv(text, 'S').values).toEqual(expected);
      }),
    );
  });
});

describe('decodeCsv', () => {
  const text = 'RoleId,职位\r\nR1,经理\r\n';

  it('reads UTF-8 without a BOM', () => {
    expect(decodeCsv(new TextEncoder().encode(text))).toBe(text);
  });

  it('drops a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(decodeCsv(bytes)).toBe(text);
  });

  it('reads UTF-16LE with its BOM (Excel "Unicode text")', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decodeCsv(bytes)).toBe(text);
  });

  it('reads UTF-16BE with its BOM', () => {
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.alloc(le.length);
    for (let i = 0; i < le.length; i += 2) {
      be[i] = le[i + 1] ?? 0;
      be[i + 1] = le[i] ?? 0;
    }
    expect(decodeCsv(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe(text);
  });

  it('turns invalid UTF-8 into replacement characters instead of throwing', () => {
    expect(decodeCsv(new Uint8Array([0x61, 0xff, 0x62]))).toBe('a\uFFFDb');
  });

  it('reads an empty file as empty text', () => {
    expect(decodeCsv(new Uint8Array())).toBe('');
  });
});
