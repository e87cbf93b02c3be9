import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Grid } from '../../src/core/model/grid';
import { parseColumnMapping, type ColumnMapping } from '../../src/core/read/columnMapping';
import { readWorkbook } from '../../src/core/read/readWorkbook';
import { findingKey } from '../../src/core/testing/builders';
import { readWorkbookFile } from '../../src/io/xlsx/readWorkbookFile';

/** Real UK government organograms (Open Government Licence v3.0), read through the shipped mapping. */
const DATA = path.resolve(__dirname, '../../../shared/data/organograms');
const MAPPING_FILE = path.resolve(__dirname, '../../mappings/uk-organogram.json');

function mapping(): ColumnMapping {
  const parsed = parseColumnMapping(JSON.parse(readFileSync(MAPPING_FILE, 'utf8')));
  expect(parsed.problems).toEqual([]);
  if (!parsed.mapping) throw new Error('mapping did not parse');
  return parsed.mapping;
}

async function department(name: string): Promise<Grid[]> {
  const senior = await readWorkbookFile(path.join(DATA, `${name}-senior.csv`));
  const junior = await readWorkbookFile(path.join(DATA, `${name}-junior.csv`));
  return [...senior, ...junior];
}

const HO = 'home_office-2011-09-30';
const DH = 'department_of_health-2011-09-30';
const q = (sheet: string, a1: string) => `'${sheet}-senior'!${a1}`;

describe('UK organograms load as one organisation each', () => {
  it('Home Office: 148 senior posts (3 job shares merged) + 734 junior groups, headcount 2421.95', async () => {
    const { organisation, diagnostics, usable } = readWorkbook(await department(HO), {
      mapping: mapping(),
    });
    expect(usable).toBe(true);
    expect(organisation.roles).toHaveLength(148 + 734);
    expect(organisation.roles.filter((r) => r.group)).toHaveLength(734 + 2);
    const headcount = organisation.roles.reduce((n, r) => n + r.headcount, 0);
    expect(headcount).toBeCloseTo(2421.95, 6);
    // The real defects of this file: post ids repeated for job shares, with fractional FTE.
    expect(diagnostics.map(findingKey)).toEqual([
      `ROLE_DUPLICATE_ID_MERGED@${q(HO, 'A47')}`,
      `ROLE_DUPLICATE_ID_MERGED@${q(HO, 'A52')}`,
      `ROLE_DUPLICATE_ID_MERGED@${q(HO, 'A55')}`,
      `ROLE_IDS_GENERATED@'${HO}-junior'!A1`,
      `INPUT_NO_RESPONSIBILITIES@${q(HO, 'A1')}`,
    ]);
    const secondment = organisation.roles.find((r) => r.id === '2SIIGSEC');
    expect(secondment?.headcount).toBeCloseTo(0.86, 10);
    // One head, coded XX in the file.
    expect(organisation.roles.filter((r) => r.reportsTo === null).map((r) => r.id)).toEqual([
      '4PO01',
    ]);
    // Junior groups hang under their senior post, one role per grade.
    const privateSecretaries = organisation.roles.filter(
      (r) => r.reportsTo === '1PO01' && r.title === 'Private Secretary',
    );
    expect(privateSecretaries.map((r) => [r.level, r.headcount])).toEqual([
      ['Grade 6', 1],
      ['Grade 7', 9],
      ['SEO', 1],
      ['HEO', 1],
      ['HEO-D', 2],
    ]);
  });

  it('Department of Health: 313 senior posts + 1,122 junior groups, headcount 2591.69', async () => {
    const { organisation, diagnostics } = readWorkbook(await department(DH), {
      mapping: mapping(),
    });
    expect(organisation.roles).toHaveLength(313 + 1122);
    expect(organisation.roles.reduce((n, r) => n + r.headcount, 0)).toBeCloseTo(2591.69, 6);
    expect(organisation.roles.filter((r) => r.reportsTo === null).map((r) => r.id)).toEqual([
      'REFPOST',
    ]);
    expect(diagnostics.map((d) => d.code).sort()).toEqual([
      'INPUT_NO_RESPONSIBILITIES',
      'ROLE_IDS_GENERATED',
    ]);
  });

  it('several roots: two departments in one workbook make a forest, reported at each XX cell', async () => {
    const grids = [
      ...(await readWorkbookFile(path.join(DATA, `${HO}-senior.csv`))),
      ...(await readWorkbookFile(path.join(DATA, `${DH}-senior.csv`))),
    ];
    const { diagnostics, organisation } = readWorkbook(grids, { mapping: mapping() });
    expect(diagnostics.filter((d) => d.code === 'ORG_MULTIPLE_HEADS').map(findingKey)).toEqual([
      `ORG_MULTIPLE_HEADS@${q(HO, 'K37')}`,
      `ORG_MULTIPLE_HEADS@${q(DH, 'K214')}`,
    ]);
    expect(organisation.roles).toHaveLength(148 + 313);
  });

  it('managers not in the file: the Home Office without its top post', async () => {
    const [senior] = await readWorkbookFile(path.join(DATA, `${HO}-senior.csv`));
    if (!senior) throw new Error('no grid');
    // Blank out row 37 (post 4PO01) in place, so every other row keeps its address.
    const values = senior.values.map((row, i) => (i === 36 ? row.map(() => null) : row));
    const { diagnostics } = readWorkbook([{ ...senior, values }], { mapping: mapping() });
    const unknown = diagnostics.filter((d) => d.code === 'ROLE_MANAGER_UNKNOWN');
    expect(unknown).toHaveLength(10);
    expect(
      unknown.every((d) => d.location.a1.startsWith('K') && d.params.manager === '4PO01'),
    ).toBe(true);
    expect(unknown[0]?.location.sheet).toBe(`${HO}-senior`);
  });

  it('generated ids of junior groups are stable: same content, same id, whatever the row order', async () => {
    const grids = await department(HO);
    const ids = (gs: Grid[]) =>
      readWorkbook(gs, { mapping: mapping() })
        .organisation.roles.filter((r) => r.generatedId)
        .map((r) => `${r.id}|${r.title}|${r.reportsTo}|${r.department}|${r.level}`)
        .sort();
    const junior = grids[1];
    if (!junior) throw new Error('no junior grid');
    const [header, ...rows] = junior.values;
    const reversed = { ...junior, values: [header ?? [], ...[...rows].reverse()] };
    const a = ids(grids);
    expect(a).toHaveLength(734);
    expect(ids([grids[0] as Grid, junior])).toEqual(a);
    // Identical rows are numbered in order, so only their ids may swap; the multiset is the same.
    // Rows whose content is unique keep exactly their id when the rows are reversed.
    const content = (s: string) => s.split('|').slice(1).join('|');
    const counts = new Map<string, number>();
    for (const s of a) counts.set(content(s), (counts.get(content(s)) ?? 0) + 1);
    const unique = (list: string[]) => list.filter((s) => counts.get(content(s)) === 1);
    expect(unique(a)).toHaveLength(701);
    expect(unique(ids([grids[0] as Grid, reversed]))).toEqual(unique(a));
    expect(new Set(a.map((s) => s.split('|')[0])).size).toBe(734);
  });
});
