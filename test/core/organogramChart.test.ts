import { readFileSync } from 'node:fs';
import path from 'node:path';
import { layoutOrgChart } from '../../src/core/layout/layoutOrgChart';
import { parseColumnMapping } from '../../src/core/read/columnMapping';
import { readWorkbook } from '../../src/core/read/readWorkbook';
import {
  badConnectors,
  childrenNotBelow,
  overlappingBoxes,
} from '../../src/core/testing/chartChecks';
import { readWorkbookFile } from '../../src/io/xlsx/readWorkbookFile';

/** The UK organograms in ../shared/data laid out: lawful, complete and printable in shape. */
const DATA = path.resolve(__dirname, '../../../shared/data/organograms');
const mapping = parseColumnMapping(
  JSON.parse(readFileSync(path.resolve(__dirname, '../../mappings/uk-organogram.json'), 'utf8')),
).mapping;

describe.each([
  ['home_office-2011-09-30', 882],
  ['department_of_health-2011-09-30', 1435],
])('%s', (name, roles) => {
  it('lays out every post without overlap, each connector from manager to report', async () => {
    const grids = [
      ...(await readWorkbookFile(path.join(DATA, `${name}-senior.csv`))),
      ...(await readWorkbookFile(path.join(DATA, `${name}-junior.csv`))),
    ];
    const org = readWorkbook(grids, { mapping }).organisation;
    expect(org.roles).toHaveLength(roles);
    const l = layoutOrgChart(org);
    expect(l.tree.count).toBe(roles);
    expect(overlappingBoxes(l)).toEqual([]);
    expect(childrenNotBelow(l)).toEqual([]);
    expect(badConnectors(l)).toEqual([]);
    // Wide spans no longer explode the width: no wider than 3:1, however many junior posts.
    expect(l.bounds.width / l.bounds.height).toBeLessThan(3);
    expect(l.stacks).toBeGreaterThan(0);
    expect(l.hung).toBeGreaterThan(0);
    // The top three layers alone, for the sheet chart of a big organisation.
    const top = layoutOrgChart(org, { view: { depth: 3 } });
    const folded = Array.from(top.tree.hidden).reduce((a, b) => a + b, 0);
    expect(top.tree.count + folded).toBe(roles);
    expect(overlappingBoxes(top)).toEqual([]);
  });
});
