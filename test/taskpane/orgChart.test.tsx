/** @jest-environment jsdom */
import { act, screen, waitFor, within } from '@testing-library/react';
import { auditWorkbook } from '../../src/core/audit/auditWorkbook';
import { syntheticOrg } from '../../src/core/testing/syntheticOrg';
import { AS_OF, exampleSnapshot, snapshotOf } from './exampleSnapshot';
import { FakeWorkbookPort } from './fakeWorkbookPort';
import { renderPane } from './renderPane';

async function openChart(port = new FakeWorkbookPort((lang) => exampleSnapshot(lang))) {
  const pane = await renderPane(port);
  await pane.user.click(screen.getByRole('tab', { name: 'Org chart' }));
  const panel = screen.getByRole('tabpanel', { name: 'Org chart' });
  const chart = await within(panel).findByRole('group', { name: /^Org chart of / });
  return { ...pane, port, panel, chart };
}

/** The role ids of the boxes in the DOM. */
const boxIds = (chart: HTMLElement) =>
  Array.from(chart.querySelectorAll('g[data-role]'), (g) => g.getAttribute('data-role'));

/** The box of a role, by the start of its accessible name (title and id). */
const box = (chart: HTMLElement, title: string, id: string) =>
  within(chart).getByRole('button', { name: new RegExp(`^${title} \\(${id}\\)`) });

/** The scale and translation of the chart's view. */
function view(chart: HTMLElement): { tx: number; ty: number; scale: number } {
  const t = chart.querySelector('[data-chart-view]')?.getAttribute('transform') ?? '';
  const m = /translate\(([-\d.e]+) ([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(t);
  if (!m) throw new Error(`no transform in "${t}"`);
  return { tx: Number(m[1]), ty: Number(m[2]), scale: Number(m[3]) };
}

const EXAMPLE_IDS = exampleSnapshot('en').audit.organisation.roles.map((r) => r.id);

describe('Org chart', () => {
  it('draws a box per role of the example once the chart fits in view', async () => {
    const { chart, user, panel } = await openChart();
    expect(chart.getAttribute('aria-label')).toBe('Org chart of 16 roles');
    await user.click(within(panel).getByRole('button', { name: 'Fit to view' }));
    expect(boxIds(chart).sort()).toEqual([...EXAMPLE_IDS].sort());
    // Findings are badged: CS-RTL has an error and a note.
    expect(
      within(chart).getByRole('button', {
        name: 'Show findings about Repair Team Lead: 1 error, 1 note',
      }),
    ).toBeTruthy();
  });

  it('zooms with the buttons and the keys, and pans with the arrow keys', async () => {
    const { chart, user, panel } = await openChart();
    const before = view(chart);
    await user.click(within(panel).getByRole('button', { name: 'Zoom in' }));
    const zoomed = view(chart);
    expect(zoomed.scale).toBeCloseTo(before.scale * 1.25, 6);
    // Zoomed about the centre of the 360 × 480 viewport.
    expect(zoomed.tx).toBeCloseTo(180 - (180 - before.tx) * 1.25, 6);
    expect(within(panel).getByText(`${Math.round(zoomed.scale * 100)}%`)).toBeTruthy();
    await user.click(within(panel).getByRole('button', { name: 'Zoom out' }));
    expect(view(chart).scale).toBeCloseTo(before.scale, 6);

    act(() => chart.focus());
    await user.keyboard('{ArrowRight}{ArrowDown}');
    expect(view(chart).tx).toBeCloseTo(before.tx - 60, 6);
    expect(view(chart).ty).toBeCloseTo(before.ty - 60, 6);
    await user.keyboard('+');
    expect(view(chart).scale).toBeCloseTo(before.scale * 1.25, 6);
  });

  it('folds and unfolds a team when its manager is clicked', async () => {
    const { chart, user, panel } = await openChart();
    await user.click(within(panel).getByRole('button', { name: 'Fit to view' }));
    const field = box(chart, 'Field Service Supervisor', 'CS-FLD');
    expect(field.getAttribute('aria-expanded')).toBe('true');
    await user.click(field);
    expect(boxIds(chart)).toHaveLength(13);
    expect(boxIds(chart)).not.toContain('CS-TECH');
    const folded = box(chart, 'Field Service Supervisor', 'CS-FLD');
    expect(folded.getAttribute('aria-expanded')).toBe('false');
    expect(folded.textContent).toContain('+3');
    expect(folded.getAttribute('aria-label')).toContain('3 roles folded below');

    await user.click(box(chart, 'Customer Service Manager', 'CS-MGR'));
    expect(boxIds(chart)).toEqual(['CS-MGR']);
    expect(box(chart, 'Customer Service Manager', 'CS-MGR').textContent).toContain('+15');
    await user.click(box(chart, 'Customer Service Manager', 'CS-MGR'));
    expect(boxIds(chart)).toHaveLength(13);
  });

  it('finds a role: unfolds its managers, selects it and highlights its reporting line', async () => {
    const { chart, user, panel } = await openChart();
    await user.click(within(panel).getByRole('button', { name: 'Fit to view' }));
    await user.click(box(chart, 'Customer Service Manager', 'CS-MGR'));
    expect(boxIds(chart)).toEqual(['CS-MGR']);

    await user.type(within(panel).getByRole('searchbox', { name: 'Find a role' }), 'repair');
    const results = within(panel).getByRole('region', { name: 'Matching roles' });
    await user.click(within(results).getByRole('button', { name: 'Repair Team Lead (CS-RTL)' }));
    expect(within(panel).queryByRole('region', { name: 'Matching roles' })).toBeNull();

    const rtl = await waitFor(() => box(chart, 'Repair Team Lead', 'CS-RTL'));
    expect(rtl.getAttribute('aria-current')).toBe('true');
    const highlighted = Array.from(chart.querySelectorAll('g[data-highlight="path"]'), (g) =>
      g.getAttribute('data-role'),
    );
    expect(highlighted).toEqual(['CS-MGR', 'CS-FLD', 'CS-RTL']);
    const details = within(panel).getByRole('region', { name: 'Selected role' });
    expect(within(details).getByRole('heading', { name: 'Repair Team Lead' })).toBeTruthy();
    expect(details.textContent).toContain(
      'Customer Service Manager › Field Service Supervisor › Repair Team Lead',
    );
    // Centred in the 360 × 480 viewport.
    const { tx, ty, scale } = view(chart);
    const rect = rtl.getAttribute('transform') ?? '';
    const [, x, y] = /translate\(([-\d.e]+) ([-\d.e]+)\)/.exec(rect) ?? [];
    const frame = rtl.querySelector('rect:not([x])') as SVGRectElement;
    const w = Number(frame.getAttribute('width'));
    const h = Number(frame.getAttribute('height'));
    expect((Number(x) + w / 2) * scale + tx).toBeCloseTo(180, 6);
    expect((Number(y) + h / 2) * scale + ty).toBeCloseTo(240, 6);
  });

  it("shows a role's findings in Validate from its badge, and selects its row", async () => {
    const { chart, user, panel, port } = await openChart();
    await user.click(within(panel).getByRole('button', { name: 'Fit to view' }));
    await user.click(
      within(chart).getByRole('button', {
        name: 'Show findings about Repair Team Lead: 1 error, 1 note',
      }),
    );
    const validate = screen.getByRole('tabpanel', { name: 'Validate' });
    expect(screen.getByRole('tab', { name: 'Validate' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(
      within(validate).getByText('Only findings about Repair Team Lead (CS-RTL)'),
    ).toBeTruthy();
    const findings = within(validate).getAllByRole('button', { name: / Go to \S+\.$/ });
    expect(findings.map((b) => b.getAttribute('aria-label')?.replace(/^.* Go to /, ''))).toEqual([
      'Roles!A13.',
      'Roles!K13.',
    ]);
    await user.click(within(validate).getByRole('button', { name: 'Show all roles' }));
    expect(within(validate).getAllByRole('button', { name: / Go to \S+\.$/ })).toHaveLength(21);

    await user.click(screen.getByRole('tab', { name: 'Org chart' }));
    await user.click(box(chart, 'Repair Team Lead', 'CS-RTL'));
    await user.click(within(panel).getByRole('button', { name: 'Go to its row' }));
    expect(port.callsOf('selectCell')).toEqual([['Roles', 'A13']]);
  });

  it('keeps the DOM small for 10,000 roles by drawing only what is in view', async () => {
    const audit = auditWorkbook(syntheticOrg({ roles: 10_000, seed: 3 }), { asOf: AS_OF });
    const port = new FakeWorkbookPort(() => snapshotOf(audit));
    const { chart, user, panel } = await openChart(port);
    expect(chart.getAttribute('aria-label')).toBe('Org chart of 10,000 roles');
    const first = boxIds(chart).length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(200);
    expect(chart.querySelectorAll('path').length).toBeLessThan(5);

    // Zoomed right out, the boxes become outlines in a few paths, with a note saying so.
    await user.click(within(panel).getByRole('button', { name: 'Fit to view' }));
    expect(boxIds(chart)).toHaveLength(0);
    expect(within(chart).getByRole('status').textContent).toMatch(
      /^[\d,]+ roles in view, drawn as outlines\./,
    );
    expect(chart.querySelectorAll('*').length).toBeLessThan(20);

    // A search still reaches any role, and only its neighbourhood is drawn.
    const last = audit.organisation.roles[9_999];
    if (!last) throw new Error('no role 10,000');
    // Enter picks the first match: the role whose id was typed.
    const search = within(panel).getByRole('searchbox', { name: 'Find a role' });
    await user.type(search, `${last.id}{Enter}`);
    await waitFor(() => expect(boxIds(chart)).toContain(last.id));
    expect(boxIds(chart).length).toBeLessThan(400);
  });
});
