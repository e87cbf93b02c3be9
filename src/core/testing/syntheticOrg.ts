import type { CellValue, Grid } from '../model/grid';
import { ROLE_FIELDS } from '../model/role';

/**
 * A realistic synthetic organisation, as the input grids of the workbook contract: a
 * `Roles` grid and a long-form `Responsibilities` grid. Seeded, so the same options always
 * give the same grids. Used by tests and by the benchmark (`npm run bench`).
 *
 * Shape: one head; a depth (layers, the head is layer 1) chosen by the seed between 6 and
 * 10 — from 7 at 10,000 roles and from 9 at 100,000, as fewer layers could only hold them
 * with spans of 20 and more; skewed spans: most managers have 3–8 direct reports, some
 * 9–15, a few 20–60, some exactly one; front-line posts, mostly groups of posts (Headcount
 * 2–30), at the bottom; departments are the subtrees under the head's direct reports;
 * Level follows the layer. Staffing is mostly full, with vacancies, a few over-staffed
 * posts and some blanks. Each function has one primary owner mostly, some none (gaps),
 * some two (overlaps), plus partial and support roles drawn from the owner's neighbourhood
 * (manager, peers, reports). Effort is in hours per week, some blank.
 *
 * Built for size: typed arrays and plain loops, no closures per row and no spreads, so
 * 300,000 roles with 1,000,000 responsibility rows take a few seconds.
 */
export interface SyntheticOrgOptions {
  /** Number of roles (rows of the Roles grid). */
  readonly roles: number;
  readonly seed: number;
  /** Rows of the long Responsibilities table; default 3 per role. */
  readonly responsibilityCells?: number;
  /** Number of functions; default one per role (each role owns about one function, as in a real matrix). */
  readonly functions?: number;
}

/** The contract's Roles columns, in its order; the generator leaves WorkingConditions out. */
export const SYNTHETIC_ROLE_HEADER: readonly string[] = ROLE_FIELDS.filter(
  (f) => f !== 'WorkingConditions',
);

/** Qualifications by level, as an HR file would hold them (most junior last). */
const QUALIFICATIONS = [
  'Degree or equivalent; 15 years of leadership; board experience',
  'Degree or equivalent; 10 years in the field; budget responsibility',
  'Degree or equivalent; 6 years in the field; people management',
  'Degree or equivalent; 4 years in the field',
  'Diploma or equivalent; 3 years in the field',
  'Diploma or equivalent; 2 years of relevant experience',
  'Secondary education; 1 year of relevant experience',
  'Secondary education; customer-service skills',
];

export const SYNTHETIC_RESPONSIBILITY_HEADER: readonly string[] = [
  'FunctionId',
  'Function',
  'Area',
  'Effort',
  'RoleId',
  'Class',
];

/** mulberry32 (with a mixed seed): a tiny, fast, seeded PRNG giving floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  // Mix the seed first: neighbouring seeds (1, 2, 3) must not give similar first draws.
  let a = Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
  a = Math.imul(a ^ (a >>> 13), 0xc2b2ae35) >>> 0;
  a = (a ^ (a >>> 16)) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Departments (the head's direct reports) and the teams (specialties) inside each. */
const DEPARTMENTS: readonly (readonly [string, readonly string[]])[] = [
  ['Customer Service', ['Contact Centre', 'Complaints', 'Customer Support', 'Service Quality']],
  ['Operations', ['Field Service', 'Logistics', 'Maintenance', 'Scheduling', 'Warehouse']],
  ['Finance', ['Accounts Payable', 'Payroll', 'Financial Planning', 'Procurement']],
  ['Human Resources', ['Recruitment', 'Learning', 'Employee Relations', 'Reward']],
  ['Information Technology', ['Infrastructure', 'Applications', 'Cyber Security', 'Data']],
  ['Sales', ['Account Management', 'Inside Sales', 'Business Development', 'Sales Support']],
  ['Marketing', ['Digital Marketing', 'Brand', 'Market Research', 'Communications']],
  ['Legal and Compliance', ['Contracts', 'Regulatory Compliance', 'Risk', 'Data Protection']],
  ['Facilities', ['Estates', 'Security', 'Health and Safety', 'Catering']],
  ['Claims', ['Claims Handling', 'Fraud', 'Recoveries', 'Claims Assessment']],
  ['Engineering', ['Network Engineering', 'Asset Management', 'Design', 'Testing']],
  ['Strategy and Change', ['Programme Office', 'Business Analysis', 'Performance']],
];

/** Manager titles by layer from 3 down; `#` is the team. */
const MANAGER_TITLES = [
  'Head of #',
  'Senior # Manager',
  '# Manager',
  '# Team Leader',
  'Senior # Supervisor',
  '# Supervisor',
  '# Coordinator',
  '# Lead',
];
/** Posts at the bottom (usually groups of posts). */
const POST_TITLES = ['# Adviser', '# Officer', '# Assistant', '# Agent', '# Technician'];
/** Individual contributors above the bottom layer. */
const SPECIALIST_TITLES = ['# Specialist', '# Analyst', 'Senior # Adviser', '# Business Partner'];

const VERBS = [
  'Process',
  'Review',
  'Approve',
  'Maintain',
  'Monitor',
  'Report on',
  'Plan',
  'Coordinate',
  'Investigate',
  'Resolve',
  'Prepare',
  'Audit',
  'Update',
  'Deliver',
  'Improve',
  'Train staff on',
];
const OBJECTS = [
  'requests',
  'records',
  'schedules',
  'cases',
  'budgets',
  'contracts',
  'reports',
  'queries',
  'incidents',
  'changes',
  'invoices',
  'rotas',
  'performance measures',
  'procedures',
  'supplier issues',
  'complaints',
];
const QUALIFIERS = [
  'within agreed service levels',
  'every month',
  'each week',
  'on request',
  'in line with policy',
  'for the region',
  'before each quarter end',
  'and escalate exceptions',
];

/** Span of a manager before the layer's quota is applied: skewed like real organisations. */
function drawSpan(rand: () => number): number {
  const u = rand();
  if (u < 0.08) return 1;
  if (u < 0.12) return 2;
  if (u < 0.82) return 3 + Math.floor(rand() * 6);
  if (u < 0.93) return 9 + Math.floor(rand() * 7);
  return 20 + Math.floor(rand() * 41);
}

function shuffledIndices(n: number, rand: () => number): Int32Array {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = p[i] as number;
    p[i] = p[j] as number;
    p[j] = t;
  }
  return p;
}

const fill = (template: string, team: string) => template.replace('#', team);

/** The tree of a synthetic organisation, in breadth-first order (index 0 is the head). */
interface Tree {
  readonly n: number;
  readonly depth: number;
  readonly parent: Int32Array;
  readonly layer: Uint8Array;
  readonly childStart: Int32Array;
  readonly childCount: Int32Array;
}

/** Growth per layer `g` of a subtree of `size` roles in `layers` layers: 1 + g + g² + … = size. */
function growth(size: number, layers: number): number {
  const total = (g: number) => {
    let s = 0;
    for (let k = 0, x = 1; k < layers; k++, x *= g) s += x;
    return s;
  };
  let lo = 0;
  let hi = 2;
  while (total(hi) < size) hi *= 2;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (total(mid) < size) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Typical size of a subtree of L layers in an organisation of `n` roles in `depth` layers. */
function typicalSubtrees(n: number, depth: number): Float64Array {
  const g = growth(n, depth);
  const t = new Float64Array(depth + 1);
  for (let L = 1, x = 1; L <= depth; L++, x *= g) t[L] = (t[L - 1] as number) + x;
  return t;
}

/** Typical size of a report's subtree under a manager whose subtree has `size` roles in `layers`. */
function childSubtree(size: number, layers: number): number {
  const g = growth(size, layers);
  let s = 0;
  for (let k = 0, x = 1; k < layers - 1; k++, x *= g) s += x;
  return s;
}

/**
 * Top down, breadth first: every role gets a budget (the size of its subtree) and the
 * layers its subtree may use; a manager draws a span, then splits its budget among its
 * reports with random weights (so teams differ in size, and some reports are individual
 * contributors). A "spine" keeps one path exactly `depth` layers long; the cap on a
 * subtree's size for its layers keeps every other path within it.
 */
/** Growth per layer that keeps most spans at 3–8 once individual contributors are counted. */
const COMFORTABLE_GROWTH = 5;

/**
 * Layers: 6 to 10, chosen by the seed — but no fewer than a large organisation needs to
 * keep its spans ordinary (300,000 roles in 6 layers would need spans of 20 and more).
 */
function chooseDepth(n: number, rand: () => number): number {
  const g = COMFORTABLE_GROWTH;
  const needed = Math.ceil(Math.log(n * (g - 1) + 1) / Math.log(g));
  const least = Math.min(10, Math.max(6, needed));
  return Math.min(n, least + Math.floor(rand() * (11 - least)));
}

function buildTree(n: number, rand: () => number): Tree {
  const depth = chooseDepth(n, rand);
  const headSpan = 5 + Math.floor(rand() * 8);
  const typical = typicalSubtrees(n, depth);
  const cap = (L: number) => (L <= 1 ? 1 : Math.max(L, Math.ceil(2 * (typical[L] as number))));
  const parent = new Int32Array(n).fill(-1);
  const layer = new Uint8Array(n);
  const childStart = new Int32Array(n);
  const childCount = new Int32Array(n);
  const budget = new Int32Array(n);
  const levels = new Uint8Array(n);
  const spine = new Uint8Array(n);
  const weight = new Float64Array(n);
  budget[0] = n;
  levels[0] = depth;
  spine[0] = 1;
  layer[0] = 1;
  let tail = 1;
  for (let i = 0; i < tail; i++) {
    const B = budget[i] as number;
    const L = levels[i] as number;
    childStart[i] = tail;
    if (B <= 1) continue;
    const c = cap(L - 1);
    const onSpine = spine[i] === 1;
    const sMax = onSpine ? B - (L - 1) : B - 1;
    const sMin = Math.max(1, Math.ceil((B - 1) / c));
    const drawn = i === 0 ? headSpan : drawSpan(rand);
    let s = Math.max(sMin, Math.min(drawn, sMax));
    let extra = B - 1 - s;
    // Too little left for a sub-team: a flat team instead of a chain of managers of one.
    if (extra < 2 && !onSpine) {
      s = B - 1;
      extra = 0;
    }
    // Which reports manage (the spine first). Under the head and its directors, all of
    // them; further down, as many as the budget needs for subtrees that reach the bottom
    // at this subtree's own growth rate — the rest are individual contributors.
    const target = Math.max(2, childSubtree(B, L) - 1);
    const wanted = (layer[i] as number) <= 2 ? Math.floor(extra / 2) : Math.floor(extra / target);
    let managers = extra === 0 ? 0 : Math.min(s, Math.max(1, wanted, Math.ceil(extra / (c - 1))));
    const firstMin = onSpine ? L - 2 : 2;
    // Fewer managers when their minimum shares would not fit, as long as the rest still
    // fits under the cap (else the split below could not place it).
    while (
      managers > 1 &&
      firstMin + 2 * (managers - 1) > extra &&
      (managers - 1) * (c - 1) >= extra
    )
      managers--;
    let sumW = 0;
    let left = extra;
    for (let j = 0; j < s; j++) {
      const k = tail + j;
      budget[k] = 1;
      if (j < managers) {
        const min = Math.min(left, j === 0 ? firstMin : 2);
        budget[k] = 1 + min;
        left -= min;
        const w = 0.05 - Math.log(1 - rand());
        weight[j] = w;
        sumW += w;
      }
    }
    const spread = left;
    for (let j = 0; j < managers; j++) {
      const k = tail + j;
      const add = Math.min(
        c - (budget[k] as number),
        Math.floor((spread * (weight[j] as number)) / sumW),
      );
      budget[k] = (budget[k] as number) + add;
      left -= add;
    }
    for (let j = Math.floor(rand() * managers); left > 0; j = (j + 1) % managers) {
      const k = tail + j;
      const add = Math.min(c - (budget[k] as number), Math.ceil(left / managers), left);
      if (add > 0) {
        budget[k] = (budget[k] as number) + add;
        left -= add;
      }
    }
    for (let j = 0; j < s; j++) {
      const k = tail + j;
      parent[k] = i;
      layer[k] = (layer[i] as number) + 1;
      levels[k] = L - 1;
      spine[k] = onSpine && j === 0 ? 1 : 0;
    }
    childCount[i] = s;
    tail += s;
  }
  return { n, depth, parent, layer, childStart, childCount };
}

interface RoleFacts {
  readonly ids: string[];
  readonly team: string[];
  readonly headcount: Float64Array;
}

function rolesGrid(tree: Tree, rand: () => number): { grid: Grid; facts: RoleFacts } {
  const { n, depth, parent, layer, childCount } = tree;
  const width = Math.max(5, String(n).length);
  const idOrder = shuffledIndices(n, rand);
  const ids: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++)
    ids[i] = `P${String((idOrder[i] as number) + 1).padStart(width, '0')}`;

  const dept: string[] = new Array<string>(n);
  const deptNoOf = new Int32Array(n);
  const team: string[] = new Array<string>(n);
  const headcount = new Float64Array(n);
  const titles = new Map<string, string>();
  const purposes = new Map<string, string>();
  const shared = (map: Map<string, string>, s: string) => {
    const hit = map.get(s);
    if (hit !== undefined) return hit;
    map.set(s, s);
    return s;
  };
  const levels: string[] = [];
  for (let k = 1; k <= depth; k++) levels.push(`L${k}`);

  const values: CellValue[][] = new Array<CellValue[]>(n + 1);
  values[0] = SYNTHETIC_ROLE_HEADER.slice();
  let deptNo = 0;
  for (let i = 0; i < n; i++) {
    const p = parent[i] as number;
    const k = layer[i] as number;
    const manages = (childCount[i] as number) > 0;
    let title: string;
    let purpose: string;
    let frontLine = false;
    if (p < 0) {
      dept[i] = 'Executive Office';
      team[i] = 'Executive';
      title = 'Chief Executive';
      purpose = 'Leads the organisation and is accountable for its services and results.';
    } else if (p === 0) {
      const [name, teams] = DEPARTMENTS[deptNo % DEPARTMENTS.length] as (typeof DEPARTMENTS)[0];
      const round = Math.floor(deptNo / DEPARTMENTS.length);
      dept[i] = round === 0 ? name : `${name} ${round + 1}`;
      deptNoOf[i] = deptNo;
      team[i] = teams[Math.floor(rand() * teams.length)] as string;
      deptNo++;
      title = manages ? `Director of ${dept[i]}` : `${dept[i]} Adviser`;
      purpose = `Leads ${dept[i]} and sets its plans, budgets and service standards.`;
    } else {
      dept[i] = dept[p] as string;
      deptNoOf[i] = deptNoOf[p] as number;
      if (parent[p] === 0) {
        // The teams of a department start under its director.
        const teams = (DEPARTMENTS[(deptNoOf[p] as number) % DEPARTMENTS.length] ??
          DEPARTMENTS[0]) as (typeof DEPARTMENTS)[0];
        team[i] = teams[1][Math.floor(rand() * teams[1].length)] as string;
      } else team[i] = team[p] as string;
      const t = team[i] as string;
      // A front-line post: at the bottom, or in a team of three or more from layer 3 down.
      frontLine = k === depth || (k >= 3 && (childCount[p] as number) >= 3 && rand() < 0.7);
      if (manages) {
        title = fill(MANAGER_TITLES[Math.min(k - 3, MANAGER_TITLES.length - 1)] as string, t);
        purpose = `Manages the ${t} team's work, people and results.`;
      } else if (frontLine) {
        title = fill(POST_TITLES[Math.floor(rand() * POST_TITLES.length)] as string, t);
        purpose = `Delivers ${t.toLowerCase()} services to the agreed standard.`;
      } else {
        title = fill(SPECIALIST_TITLES[Math.floor(rand() * SPECIALIST_TITLES.length)] as string, t);
        purpose = `Provides ${t.toLowerCase()} expertise and advice to the team.`;
      }
    }
    title = shared(titles, title);

    // Headcount: managers are single posts; front-line posts are mostly groups of posts.
    let h = 1;
    if (!manages) {
      const u = rand();
      if (frontLine && u < 0.75) {
        const r = rand();
        h = 2 + Math.floor(r * r * 29);
      } else if (!frontLine && u < 0.14) h = 2 + Math.floor(rand() * 5);
      else if (u > 0.99) h = 0.5;
    }
    headcount[i] = h;
    // Filled: mostly full, some vacancies, a few over-staffed, some unknown.
    let filled: number | null = h;
    const f = rand();
    if (f < 0.62) filled = h;
    else if (f < 0.93) filled = Math.max(0, h - 1 - Math.floor(rand() * Math.ceil(h * 0.3)));
    else if (f < 0.96) filled = h + 1 + Math.floor(rand() * 2);
    else filled = null;
    const d = rand();
    // Most descriptions were reviewed in the last two years; some are stale, a few undated.
    const year = d < 0.15 ? 2019 + Math.floor(rand() * 5) : 2025 + Math.floor(rand() * 2);
    const date =
      d < 0.05
        ? null
        : new Date(
            Date.UTC(
              year,
              Math.floor(rand() * (year === 2026 ? 10 : 12)),
              1 + Math.floor(rand() * 28),
            ),
          );
    values[(idOrder[i] as number) + 1] = [
      ids[i] as string,
      title,
      dept[i] as string,
      p < 0 ? null : (ids[p] as string),
      h,
      filled,
      levels[k - 1] as string,
      rand() < 0.05 ? null : shared(purposes, purpose),
      rand() < 0.05 ? null : (QUALIFICATIONS[Math.min(QUALIFICATIONS.length - 1, k - 1)] ?? null),
      date,
    ];
  }
  return {
    grid: { sheet: 'Roles', origin: { row: 1, col: 1 }, values },
    facts: { ids, team, headcount },
  };
}

/** A role near `a`: its manager, a peer, a report, or (sometimes) anyone. */
function nearRole(tree: Tree, a: number, rand: () => number): number {
  const { n, parent, childStart, childCount } = tree;
  const u = rand();
  const p = parent[a] as number;
  if (u < 0.2 && p >= 0) return p;
  if (u < 0.55 && p >= 0)
    return (childStart[p] as number) + Math.floor(rand() * (childCount[p] as number));
  if (u < 0.85 && (childCount[a] as number) > 0)
    return (childStart[a] as number) + Math.floor(rand() * (childCount[a] as number));
  return Math.floor(rand() * n);
}

function responsibilitiesGrid(
  tree: Tree,
  facts: RoleFacts,
  rows: number,
  functions: number,
  rand: () => number,
): Grid {
  const { n } = tree;
  const F = rows === 0 ? 0 : Math.max(1, Math.min(functions, rows));
  const values: CellValue[][] = new Array<CellValue[]>(rows + 1);
  values[0] = SYNTHETIC_RESPONSIBILITY_HEADER.slice();
  if (F === 0) return { sheet: 'Responsibilities', origin: { row: 1, col: 1 }, values };

  // Rows per function: skewed around the mean, then nudged to the exact total.
  const mean = rows / F;
  const cap = Math.min(n, Math.max(60, Math.ceil(4 * mean)));
  const perFn = new Int32Array(F);
  let sum = 0;
  for (let f = 0; f < F; f++) {
    const k = Math.min(cap, 1 + Math.floor(-Math.log(1 - rand()) * (mean - 1)));
    perFn[f] = k;
    sum += k;
  }
  while (sum !== rows) {
    const grow = sum < rows;
    let f = Math.floor(rand() * F);
    for (let tries = 0; tries < F; tries++, f = (f + 1) % F) {
      const k = perFn[f] as number;
      if (grow ? k < cap : k > 1) break;
    }
    perFn[f] = (perFn[f] as number) + (grow ? 1 : -1);
    sum += grow ? 1 : -1;
  }

  const width = Math.max(4, String(F).length);
  const picked: number[] = [];
  // Owners go round a shuffled list of the roles, so ownership is spread as in a real
  // matrix (nearly every role owns something) instead of piling onto random roles.
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = order[i] as number;
    order[i] = order[j] as number;
    order[j] = t;
  }
  let r = 1;
  for (let f = 0; f < F; f++) {
    const k = perFn[f] as number;
    const id = `F${String(f + 1).padStart(width, '0')}`;
    const anchor = order[f % n] as number;
    const team = facts.team[anchor] as string;
    const statement = `${VERBS[Math.floor(rand() * VERBS.length)]} ${team.toLowerCase()} ${
      OBJECTS[Math.floor(rand() * OBJECTS.length)]
    } ${QUALIFIERS[Math.floor(rand() * QUALIFIERS.length)]}`;
    // Effort in proportion to the owner's people (a group of 9 carries about nine posts' work),
    // so that loads spread around capacity: most balanced, some over, some idle.
    const effort =
      rand() < 0.12
        ? null
        : Math.round(
            (12 + rand() * 24) * Math.min(30, Math.max(1, facts.headcount[anchor] as number)) * 2,
          ) / 2;
    const repeat = rand() < 0.5;
    const first = r;

    if (k === 1 && rand() < 0.1) {
      // An unassigned function: its row names no role.
      values[r++] = [id, statement, team, effort, null, null];
      continue;
    }
    const u = rand();
    const primaries = u < 0.06 ? 0 : u < 0.12 && k >= 2 ? 2 : 1;
    picked.length = 0;
    picked.push(anchor);
    while (picked.length < k) {
      let c = nearRole(tree, anchor, rand);
      for (let tries = 0; picked.includes(c); tries++)
        c = tries < 20 ? nearRole(tree, anchor, rand) : Math.floor(rand() * n);
      picked.push(c);
    }
    for (let j = 0; j < k; j++) {
      const cls =
        j < primaries ? 'P' : j === 0 ? (rand() < 0.5 ? 'Pa' : 'S') : rand() < 0.4 ? 'Pa' : 'S';
      const role = facts.ids[picked[j] as number] as string;
      values[r++] =
        j === 0 || repeat
          ? [id, statement, team, effort, role, cls]
          : [id, null, null, null, role, cls];
    }
    // The owner is not always listed first; the first row still carries the statement.
    if (k > 1 && rand() < 0.3) {
      const j = first + 1 + Math.floor(rand() * (k - 1));
      const a = values[first] as CellValue[];
      const b = values[j] as CellValue[];
      const ra = a[4] ?? null;
      const ca = a[5] ?? null;
      a[4] = b[4] ?? null;
      a[5] = b[5] ?? null;
      b[4] = ra;
      b[5] = ca;
    }
  }
  return { sheet: 'Responsibilities', origin: { row: 1, col: 1 }, values };
}

/** The input grids of a synthetic organisation (see the module comment). */
export function syntheticOrg(opts: SyntheticOrgOptions): Grid[] {
  const n = opts.roles;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`roles must be a positive integer: ${n}`);
  const functions = opts.functions ?? Math.max(1, n);
  // The default, 3 rows per role, shrinks only where a tiny organisation cannot hold it.
  const rows = opts.responsibilityCells ?? Math.min(3 * n, functions * n);
  if (!Number.isInteger(rows) || rows < 0)
    throw new RangeError(`responsibilityCells must be a non-negative integer: ${rows}`);
  if (!Number.isInteger(functions) || functions < 1)
    throw new RangeError(`functions must be a positive integer: ${functions}`);
  if (rows > Math.min(functions, rows) * n)
    throw new RangeError(`${rows} rows cannot be spread over ${functions} functions × ${n} roles`);
  const rand = mulberry32(opts.seed);
  const tree = buildTree(n, rand);
  const roles = rolesGrid(tree, rand);
  return [roles.grid, responsibilitiesGrid(tree, roles.facts, rows, functions, rand)];
}

export interface SyntheticFloor {
  /** Reporting links: roles whose ReportsTo names a known role. */
  readonly children: number;
  /** Layers of the deepest tree (a head alone is 1). */
  readonly maxDepth: number;
  /** The largest number of direct reports. */
  readonly maxSpan: number;
  /** Roles in the largest head's tree, the head included. */
  readonly subtreeOfHead: number;
}

/**
 * The one-pass floor: the least work any analysis of the reporting lines must do, straight
 * over the Roles grid's cells — ids to indices, the children map (as offsets into one
 * array), depth, spans and subtree sizes, iteratively. The benchmark's yardstick.
 */
export function syntheticFloor(grids: readonly Grid[]): SyntheticFloor {
  const grid = grids.find((g) => g.sheet === 'Roles') ?? grids[0];
  const values = grid?.values ?? [];
  const header = values[0] ?? [];
  const idCol = header.indexOf('RoleId');
  const toCol = header.indexOf('ReportsTo');
  const n = Math.max(0, values.length - 1);
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const v = (values[i + 1] as readonly CellValue[])[idCol];
    if (v !== null && v !== undefined) index.set(String(v), i);
  }
  const parent = new Int32Array(n).fill(-1);
  const start = new Int32Array(n + 1);
  let links = 0;
  for (let i = 0; i < n; i++) {
    const v = (values[i + 1] as readonly CellValue[])[toCol];
    if (v === null || v === undefined) continue;
    const p = index.get(String(v));
    if (p === undefined || p === i) continue;
    parent[i] = p;
    start[p + 1] = (start[p + 1] as number) + 1;
    links++;
  }
  let maxSpan = 0;
  for (let i = 0; i < n; i++) {
    const s = start[i + 1] as number;
    if (s > maxSpan) maxSpan = s;
    start[i + 1] = (start[i] as number) + s;
  }
  const kids = new Int32Array(links);
  const cursor = start.slice(0, n);
  for (let i = 0; i < n; i++) {
    const p = parent[i] as number;
    if (p >= 0) kids[(cursor[p] as number)++] = i;
  }
  // Breadth-first from the heads: depth on the way down, subtree sizes on the way back.
  const queue = new Int32Array(n);
  const depth = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) {
    if (parent[i] === -1) {
      depth[i] = 1;
      queue[tail++] = i;
    }
  }
  let maxDepth = 0;
  for (let q = 0; q < tail; q++) {
    const i = queue[q] as number;
    const d = depth[i] as number;
    if (d > maxDepth) maxDepth = d;
    for (let c = start[i] as number; c < (start[i + 1] as number); c++) {
      const child = kids[c] as number;
      depth[child] = d + 1;
      queue[tail++] = child;
    }
  }
  const size = new Int32Array(n).fill(1);
  for (let q = tail - 1; q >= 0; q--) {
    const i = queue[q] as number;
    const p = parent[i] as number;
    if (p >= 0) size[p] = (size[p] as number) + (size[i] as number);
  }
  let subtreeOfHead = 0;
  for (let i = 0; i < n; i++)
    if (parent[i] === -1 && (size[i] as number) > subtreeOfHead) subtreeOfHead = size[i] as number;
  return { children: links, maxDepth, maxSpan, subtreeOfHead };
}
