import { freeSheetName, freeSheetNames, sanitizeSheetName } from '../../src/io/xlsx/freeSheetName';
import { freeTableName } from '../../src/io/xlsx/freeTableName';

describe('sanitizeSheetName', () => {
  it.each([
    ['Findings', 'Findings'],
    ['Q1/Q2 [draft]: a*b?c\\d', 'Q1_Q2 _draft__ a_b_c_d'],
    ["'quoted'", 'quoted'],
    ['', 'Sheet'],
    ['   ', 'Sheet'],
    ['history', 'History_'],
    ['Job Descriptions and Responsibilities Matrix', 'Job Descriptions and Responsibi'],
    ['岗位说明书', '岗位说明书'],
  ])('%j → %j', (name, expected) => {
    expect(sanitizeSheetName(name)).toBe(expected);
    expect(sanitizeSheetName(name).length).toBeLessThanOrEqual(31);
  });

  it('never cuts a surrogate pair in half', () => {
    const name = `${'a'.repeat(30)}😀b`;
    expect(sanitizeSheetName(name)).toBe('a'.repeat(30));
  });
});

describe('freeSheetName', () => {
  const taken = new Set(['FINDINGS', 'FINDINGS (2)', 'ROLES']);

  it('keeps a free name', () => {
    expect(freeSheetName('Gap Summary', taken)).toBe('Gap Summary');
  });

  it('numbers a taken name, comparing case-insensitively', () => {
    expect(freeSheetName('findings', taken)).toBe('findings (3)');
    expect(freeSheetName('Roles', taken)).toBe('Roles (2)');
  });

  it('cuts a long name so that the suffix fits 31 characters', () => {
    const long = 'Responsibility Matrix Findings!'; // 31 characters
    const name = freeSheetName(long, new Set([long.toUpperCase()]));
    expect(name).toBe('Responsibility Matrix Findi (2)');
    expect(name).toHaveLength(31);
  });
});

describe('freeSheetNames', () => {
  it('avoids existing sheets and earlier added ones', () => {
    expect(
      freeSheetNames(['Findings', 'Roles'], ['Findings', 'Org Chart', 'org chart', 'A:B']),
    ).toEqual(['Findings (2)', 'Org Chart', 'org chart (2)', 'A_B']);
  });
});

describe('freeTableName', () => {
  it.each([
    ['Findings', 'Findings'],
    ['Gap Summary', 'Gap_Summary'],
    ['2024 roles', '_2024_roles'],
    ['A1', '_A1'],
    ['R1C1', '_R1C1'],
    ['岗位', '岗位'],
  ])('%j → %j', (name, expected) => {
    expect(freeTableName(name, new Set())).toBe(expected);
  });

  it('numbers a name taken by another table or defined name', () => {
    expect(freeTableName('Roles', new Set(['ROLES', 'ROLES_2']))).toBe('Roles_3');
  });
});
