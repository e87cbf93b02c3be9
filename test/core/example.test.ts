import { EXAMPLE_WORKBOOKS } from '../../src/core/example/exampleData';
import type { Grid } from '../../src/core/model/grid';
import { readWorkbook } from '../../src/core/read/readWorkbook';
import { findingKey, grid } from '../../src/core/testing/builders';

const grids = (lang: 'en' | 'zh-CN'): Grid[] =>
  EXAMPLE_WORKBOOKS[lang].sheets.map((s) => grid(s.name, s.rows));

describe('the bundled example', () => {
  const en = readWorkbook(grids('en'), { lang: 'en' });
  const zh = readWorkbook(grids('zh-CN'), { lang: 'zh-CN' });

  it('reads with only its deliberate input findings, at the same cell in both languages', () => {
    expect(en.diagnostics.map(findingKey)).toEqual([
      'DATE_FROM_TEXT@Roles!K13',
      'ROLE_MANAGER_BY_TITLE@Roles!D14',
      'CLASS_CODE_INVALID@Responsibilities!E17',
    ]);
    expect(zh.diagnostics.map(findingKey)).toEqual([
      'DATE_FROM_TEXT@岗位!K13',
      'ROLE_MANAGER_BY_TITLE@岗位!D14',
      'CLASS_CODE_INVALID@职责!E17',
    ]);
    const invalid = (r: typeof en) =>
      r.diagnostics.find((d) => d.code === 'CLASS_CODE_INVALID')?.message;
    expect(invalid(zh)).toContain('牵头');
    expect(invalid(zh)).toMatch(/不是有效的职责类别/);
    expect(invalid(en)).toMatch(/is not a class code/);
  });

  it('gives the same organisation from English and Chinese headers and class codes', () => {
    const shape = (r: typeof en) => ({
      roles: r.organisation.roles.map((x) => [
        x.id,
        x.reportsTo,
        x.headcount,
        x.filled ?? null,
        x.analysisDate ?? null,
        x.qualifications.length,
      ]),
      functions: r.organisation.functions.map((f) => [f.id, f.effort ?? null]),
      assignments: r.organisation.assignments.map((a) => [
        a.functionId,
        a.roleId,
        a.cls,
        a.location.a1,
      ]),
      policy: r.organisation.policy,
    });
    // Policy levels are named in each language; compare them apart.
    const { policy: pe, ...restEn } = shape(en);
    const { policy: pz, ...restZh } = shape(zh);
    expect(restZh).toEqual(restEn);
    expect(pe.spanByLevel).toEqual({ 'Team lead': { max: 12 } });
    expect(pz.spanByLevel).toEqual({ 组长: { max: 12 } });
    expect({ ...pz, spanByLevel: {} }).toEqual({ ...pe, spanByLevel: {} });
  });

  it('is a customer-service department of 16 roles and 37 posts under one head', () => {
    const roles = en.organisation.roles;
    expect(roles).toHaveLength(16);
    expect(roles.reduce((n, r) => n + r.headcount, 0)).toBe(37);
    expect(roles.filter((r) => r.reportsTo === null).map((r) => r.id)).toEqual(['CS-MGR']);
    expect(en.organisation.functions).toHaveLength(37);
    expect(zh.organisation.roles.find((r) => r.id === 'CS-HTA')?.title).toBe('VIP热线客服专员');
  });
});
