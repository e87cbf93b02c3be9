/**
 * The pane's pure logic, without React: the column mapping the dialog builds, Policy values as
 * typed, the org chart's view and culling, role search, finding filters, and the lazy port.
 */
import { layoutOrgChart } from '../../src/core/layout/layoutOrgChart';
import type { RoleId } from '../../src/core/model/ids';
import {
  buildColumnMapping,
  duplicateHeaders,
} from '../../src/taskpane/mapping/buildColumnMapping';
import type { ColumnMapping } from '../../src/core/read/columnMapping';
import {
  headerChoices,
  headerRowChoices,
  headerRowOf,
  sheetsMatching,
} from '../../src/taskpane/mapping/headerChoices';
import {
  AUTO_HEADER_ROW,
  draftsFromMapping,
  EMPTY_DRAFT,
  EMPTY_DRAFTS,
  parseRootCodes,
} from '../../src/taskpane/mapping/sourceDraft';
import { lazyWorkbookPort } from '../../src/taskpane/lazyWorkbookPort';
import {
  chartGeometry,
  pathFromHead,
  visibleParts,
} from '../../src/taskpane/orgchart/chartGeometry';
import { revealRole, roleLookup, searchRoles } from '../../src/taskpane/orgchart/roleLookup';
import {
  fitTransform,
  initialTransform,
  visibleWorld,
  zoomAt,
} from '../../src/taskpane/orgchart/viewTransform';
import { POLICY_SETTINGS } from '../../src/core/read/policySettings';
import { draftFromPolicy, parsePolicyDraft } from '../../src/taskpane/settings/policyDraft';
import { groupSettings } from '../../src/taskpane/settings/policyGroups';
import { errorMessage } from '../../src/taskpane/shared/errorMessage';
import { filterFindings } from '../../src/taskpane/validate/findingFilter';
import { countFindings, groupFindings } from '../../src/taskpane/validate/groupFindings';
import { exampleAudit, exampleSnapshot } from './exampleSnapshot';
import { FakeWorkbookPort } from './fakeWorkbookPort';

describe('buildColumnMapping', () => {
  it('maps nothing when no table has a sheet', () => {
    expect(buildColumnMapping(EMPTY_DRAFTS)).toBeUndefined();
  });

  it.each([
    [
      'roles with columns and top-of-tree codes',
      {
        Roles: {
          ...EMPTY_DRAFT,
          sheet: 'HR',
          headerRow: 3,
          columns: { RoleId: 'Post', Title: '' },
          rootCodes: 'XX，YY',
        },
      },
      {
        roles: [
          { sheet: 'HR', headerRow: 3, columns: { RoleId: 'Post' }, rootCodes: ['XX', 'YY'] },
        ],
      },
    ],
    [
      'a matrix: its layout kept, a long-only column dropped',
      {
        Responsibilities: {
          ...EMPTY_DRAFT,
          sheet: 'M',
          form: 'matrix' as const,
          columns: { Function: 'Duty', RoleId: 'Post' },
          rootCodes: 'ignored',
        },
      },
      {
        responsibilities: [{ sheet: 'M', columns: { Function: 'Duty' }, form: 'matrix' }],
      },
    ],
    [
      'a policy sheet with automatic columns',
      { Policy: { ...EMPTY_DRAFT, sheet: 'Rules' } },
      { policy: [{ sheet: 'Rules' }] },
    ],
  ])('%s', (_name, drafts, mapping) => {
    expect(buildColumnMapping({ ...EMPTY_DRAFTS, ...drafts })).toEqual(mapping);
  });

  it('opens on a saved mapping and gives it back unchanged', () => {
    const saved: ColumnMapping = {
      roles: [
        {
          sheet: 'HR',
          headerRow: 3,
          columns: { RoleId: 'Post', ReportsTo: 'Boss' },
          rootCodes: ['XX'],
          group: true,
          ignoreUnmapped: true,
        },
      ],
      responsibilities: [
        { sheet: 'RACI', columns: { Function: 'Duty' }, classCodes: { R: 'primary' } },
      ],
    };
    const drafts = draftsFromMapping(saved);
    expect(drafts.Roles).toEqual({
      sheet: 'HR',
      headerRow: 3,
      columns: { RoleId: 'Post', ReportsTo: 'Boss' },
      rootCodes: 'XX',
      form: 'auto',
    });
    expect(drafts.Responsibilities.headerRow).toBe(AUTO_HEADER_ROW);
    expect(drafts.Policy).toBe(EMPTY_DRAFT);
    expect(buildColumnMapping(drafts, saved)).toEqual(saved);
  });

  it('keeps further sources, giving them the shared codes the dialog moved to the first', () => {
    const saved: ColumnMapping = {
      roles: [{ sheet: 'Senior' }, { sheet: '*-junior', rootCodes: ['N/A'] }],
      policy: [{ sheet: 'Rules' }],
      rootCodes: ['XX'],
    };
    const drafts = draftsFromMapping(saved);
    expect(drafts.Roles.rootCodes).toBe('XX');
    expect(buildColumnMapping(drafts, saved)).toEqual({
      roles: [
        { sheet: 'Senior', rootCodes: ['XX'] },
        { sheet: '*-junior', rootCodes: ['N/A', 'XX'] },
      ],
      policy: [{ sheet: 'Rules' }],
    });
  });

  it('drops what the dialog does not edit once the user picks another sheet', () => {
    const saved: ColumnMapping = { roles: [{ sheet: 'HR', group: true, headerRow: 2 }] };
    const drafts = draftsFromMapping(saved);
    const moved = { ...drafts, Roles: { ...EMPTY_DRAFT, sheet: 'Staff' } };
    expect(buildColumnMapping(moved, saved)).toEqual({ roles: [{ sheet: 'Staff' }] });
  });

  it('finds the automatic header row as the reader would', () => {
    const sheet = {
      sheet: 'Export',
      rows: [['Organogram 2024'], ['Post', 'Job Title', 'Reports to'], ['P1', 'Director', 'XX']],
    };
    const draft = { ...EMPTY_DRAFT, sheet: 'Export' };
    expect(headerRowOf('Roles', sheet, draft)).toBe(2);
    expect(headerRowOf('Roles', sheet, { ...draft, headerRow: 3 })).toBe(3);
    expect(headerRowOf('Roles', undefined, draft)).toBe(1);
    const sheets = [sheet, { sheet: 'a-junior', rows: [] }, { sheet: 'b-junior', rows: [] }];
    expect(sheetsMatching(sheets, '*-JUNIOR').map((s) => s.sheet)).toEqual([
      'a-junior',
      'b-junior',
    ]);
    expect(sheetsMatching(sheets, '')).toEqual([]);
  });

  it('finds a header chosen for two fields', () => {
    const draft = { ...EMPTY_DRAFT, sheet: 'HR', columns: { RoleId: 'A', Title: 'A', Level: 'B' } };
    expect([...duplicateHeaders('Roles', draft)]).toEqual([['Title', 'RoleId']]);
  });

  it.each([
    ['XX, YY;ZZ', ['XX', 'YY', 'ZZ']],
    ['  ', []],
    ['顶层；XX', ['顶层', 'XX']],
  ])('parseRootCodes(%p)', (typed, codes) => {
    expect(parseRootCodes(typed)).toEqual(codes);
  });

  it('offers the distinct headers of a row and every row sent', () => {
    const sheet = {
      sheet: 'S',
      rows: [
        ['', ' Id ', 'Title', 'Id'],
        ['1', '2'],
      ],
    };
    expect(headerChoices(sheet, 1)).toEqual(['Id', 'Title']);
    expect(headerChoices(sheet, 9)).toEqual([]);
    expect(headerRowChoices(sheet)).toEqual([1, 2]);
    expect(headerRowChoices(undefined)).toEqual([1]);
  });
});

describe('parsePolicyDraft', () => {
  it.each([
    ['MaxSpan', '12', { value: 12 }],
    ['MaxSpan', '１２', { value: 12 }],
    ['MaxSpan', ' 0 ', { problem: { kind: 'range', min: 1, max: 10_000 } }],
    ['MaxSpan', '7.5', { problem: { kind: 'integer' } }],
    ['HoursPerFTE', '37.5', { value: 37.5 }],
    ['HoursPerFTE', 'forty', { problem: { kind: 'number' } }],
    ['OverloadAbove', '1.1', { value: 1.1 }],
    ['JointOwnership', 'yes', { value: true }],
    ['JointOwnership', 'no', { value: false }],
    ['MinSpan', '', undefined],
  ])('%s typed as %p', (key, typed, expected) => {
    const { policy, problems } = parsePolicyDraft(POLICY_SETTINGS, { [key]: typed });
    if (expected === undefined) {
      expect(policy).toEqual({});
      expect(problems.size).toBe(0);
    } else if ('value' in expected) expect(policy).toEqual({ [key]: expected.value });
    else expect(problems.get(key)).toEqual(expected.problem);
  });

  it('round-trips the saved overrides', () => {
    const saved = { MaxSpan: 12, OverloadAbove: 1.25, JointOwnership: false };
    expect(parsePolicyDraft(POLICY_SETTINGS, draftFromPolicy(saved)).policy).toEqual(saved);
  });

  it('lists every setting in exactly one group', () => {
    const listed = groupSettings(POLICY_SETTINGS).flatMap((g) => g.settings.map((s) => s.key));
    expect(listed.sort()).toEqual(POLICY_SETTINGS.map((s) => s.key).sort());
    expect(groupSettings(POLICY_SETTINGS).map((g) => g.group)).not.toContain('other');
  });
});

describe('the org chart view', () => {
  const org = exampleAudit('en').organisation;
  const layout = layoutOrgChart(org);
  const geometry = chartGeometry(layout, org.roles.length);
  const size = { width: 360, height: 480 };

  it('zooms about a point that stays where it is', () => {
    const t = { scale: 0.5, tx: 10, ty: -20 };
    const z = zoomAt(t, 2, 100, 50);
    expect(z.scale).toBe(1);
    // The world point under (100, 50) before is under it after.
    const wx = (100 - t.tx) / t.scale;
    const wy = (50 - t.ty) / t.scale;
    expect(wx * z.scale + z.tx).toBeCloseTo(100, 9);
    expect(wy * z.scale + z.ty).toBeCloseTo(50, 9);
  });

  it('fits the whole chart, never above 1:1', () => {
    const fit = fitTransform(layout.bounds, size);
    expect(fit.scale).toBeLessThan(1);
    const rect = visibleWorld(fit, size);
    expect(rect.left).toBeLessThanOrEqual(0);
    expect(rect.right).toBeGreaterThanOrEqual(layout.bounds.width);
    expect(rect.top).toBeLessThanOrEqual(0);
    expect(rect.bottom).toBeGreaterThanOrEqual(layout.bounds.height);
    expect(fitTransform({ width: 10, height: 10 }, size).scale).toBe(1);
    // Too small to read when fitted: the first view is 1:1 on the head instead.
    const head = { x: 5000, width: 100 };
    expect(initialTransform({ width: 20_000, height: 900 }, head, size)).toEqual({
      scale: 1,
      tx: 180 - 5050,
      ty: 16,
    });
  });

  it('culls to the boxes and connectors in a rectangle', () => {
    const all = visibleParts(layout, geometry, { left: -1, top: -1, right: 1e6, bottom: 1e6 });
    expect(all.boxes).toHaveLength(org.roles.length);
    expect(all.connectors).toHaveLength(org.roles.length - layout.tree.roots.length);
    const none = visibleParts(layout, geometry, { left: -500, top: -500, right: -10, bottom: -10 });
    expect(none).toEqual({ boxes: [], connectors: [] });
    const head = layout.tree.roots[0] ?? 0;
    const one = visibleParts(layout, geometry, {
      left: (layout.x[head] ?? 0) + 1,
      top: (layout.y[head] ?? 0) + 1,
      right: (layout.x[head] ?? 0) + 2,
      bottom: (layout.y[head] ?? 0) + 2,
    });
    expect(one.boxes).toEqual([head]);
  });

  it('walks the reporting line from the head', () => {
    const rtl = geometry.nodeOfRole[org.roles.findIndex((r) => r.id === 'CS-RTL')] ?? -1;
    expect(pathFromHead(layout, rtl).map((n) => org.roles[layout.tree.role[n] ?? 0]?.id)).toEqual([
      'CS-MGR',
      'CS-FLD',
      'CS-RTL',
    ]);
  });
});

describe('roles', () => {
  const roles = exampleAudit('en').organisation.roles;
  const ids = (found: number[]) => found.map((i) => roles[i]?.id);

  it.each([
    ['cs-rtl', ['CS-RTL']],
    ['repair', ['CS-RTL']],
    ['supervisor', ['CS-INFO', 'CS-CMP', 'CS-FLD', 'CS-QT']],
    ['cs-h', ['CS-HTL', 'CS-HTA']],
    ['field engineer', ['CS-TECH']],
    ['', []],
  ])('search %p', (query, found) => {
    expect(ids(searchRoles(roles, query))).toEqual(found);
  });

  it('puts an exact id before titles that merely contain it', () => {
    expect(ids(searchRoles(roles, 'cs-qa'))[0]).toBe('CS-QA');
  });

  it('unfolds only the managers above a role', () => {
    const lookup = roleLookup(roles);
    const folded = new Set(['CS-MGR', 'CS-FLD', 'CS-RTL', 'CS-CMP'] as RoleId[]);
    const tech = roles.findIndex((r) => r.id === 'CS-TECH');
    expect([...revealRole(roles, lookup, folded, tech)]).toEqual(['CS-CMP']);
    const rtl = roles.findIndex((r) => r.id === 'CS-RTL');
    expect([...revealRole(roles, lookup, folded, rtl)].sort()).toEqual(['CS-CMP', 'CS-RTL']);
    const nothing = new Set(['CS-CMP'] as RoleId[]);
    expect(revealRole(roles, lookup, nothing, tech)).toBe(nothing);
  });
});

describe('findings', () => {
  const all = exampleAudit('en').diagnostics;
  const none = new Set<never>();

  it('counts by severity and area', () => {
    const { bySeverity, byArea } = countFindings(all);
    expect(bySeverity).toEqual({ error: 3, warning: 8, info: 10 });
    expect(Object.fromEntries(byArea)).toEqual({
      cells: 1,
      structure: 3,
      responsibilities: 5,
      workload: 3,
      staffing: 1,
      jobs: 5,
      survey: 3,
    });
    expect(groupFindings(all).map((g) => [g.severity, g.count])).toEqual([
      ['error', 3],
      ['warning', 8],
      ['info', 10],
    ]);
  });

  it.each([
    ['severity', { severities: new Set(['error' as const]), area: 'all' as const, text: '' }, 3],
    ['area', { severities: none, area: 'workload' as const, text: '' }, 3],
    ['words in any order', { severities: none, area: 'all' as const, text: 'primary  ROLE' }, 3],
    [
      'a role on its own sheet',
      {
        severities: none,
        area: 'all' as const,
        text: '',
        role: { id: 'CS-HTA', sheet: 'Roles' },
      },
      2,
    ],
    [
      'a role on another sheet',
      {
        severities: none,
        area: 'all' as const,
        text: '',
        role: { id: 'CS-HTA', sheet: 'Responsibilities' },
      },
      0,
    ],
  ])('filters by %s', (_name, filter, count) => {
    expect(filterFindings(all, filter)).toHaveLength(count);
  });
});

describe('lazyWorkbookPort', () => {
  it('loads the port once, on the first call', async () => {
    const fake = new FakeWorkbookPort((lang) => exampleSnapshot(lang));
    let loads = 0;
    const port = lazyWorkbookPort(async () => {
      loads++;
      return fake;
    });
    expect(loads).toBe(0);
    await Promise.all([port.selectCell('Roles', 'A2'), port.loadSettings()]);
    await port.saveMapping(null);
    expect(loads).toBe(1);
    expect(fake.calls.map((c) => [c.method, c.args])).toEqual([
      ['selectCell', ['Roles', 'A2']],
      ['loadSettings', []],
      ['saveMapping', [null]],
    ]);
  });

  it('rejects a call when loading fails, and tries again on the next', async () => {
    const fake = new FakeWorkbookPort((lang) => exampleSnapshot(lang));
    let loads = 0;
    const port = lazyWorkbookPort(async () => {
      if (++loads === 1) throw new Error('Network error: chunk 691 failed');
      return fake;
    });
    await expect(port.sheetHeaders()).rejects.toThrow('Network error: chunk 691 failed');
    await expect(port.sheetHeaders()).resolves.toEqual([]);
    expect(loads).toBe(2);
  });
});

describe('errorMessage', () => {
  it.each([
    ['an Error', new Error('Excel is busy.'), 'Excel is busy.'],
    ['an Error without a message', new DOMException('', 'AbortError'), 'AbortError'],
    ['a string', 'plain text', 'plain text'],
    ['anything else', 42, '42'],
  ])('%s', (_name, error, message) => {
    expect(errorMessage(error)).toBe(message);
  });
});
