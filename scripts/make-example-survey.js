// Writes src/core/example/exampleSurvey.ts: the bundled example's SERVQUAL survey, 64
// respondents × 22 items, expectation and perception on a 1–7 scale, drawn from a seeded
// distribution. Run `node scripts/make-example-survey.js` after changing anything below;
// `--check` only compares the file with what would be written (exit 1 when they differ).
//
// The story the numbers tell (customers of an appliance supplier's after-sales service):
// expectations are high everywhere (6–6.5); the overloaded VIP hotline and repairs that need a
// second visit leave reliability and responsiveness furthest below them (gaps ≈ −1.2 to −1.6),
// assurance and empathy moderately below (≈ −0.5 to −0.9), and the tangibles — tidy engineers,
// a clean service hall — about where customers expect them.
//
// Only + − × ÷ and Math.sqrt (correctly rounded in every engine) are used on the draws, so the
// output is the same byte for byte on any machine and Node version.
const { readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const SEED = 20261123;
const RESPONDENTS = 64;
const OUT = path.resolve(__dirname, '../src/core/example/exampleSurvey.ts');

/**
 * Per dimension: mean expectation and perception before the respondent's leniency, and the
 * spread (standard deviation) of one answer around them. The means are set a little above the
 * intended averages because answers are clamped at 7.
 */
const DIMENSIONS = {
  tangibles: { e: 6.0, p: 6.1, sdE: 0.7, sdP: 0.9 },
  reliability: { e: 6.45, p: 4.9, sdE: 0.5, sdP: 1.0 },
  responsiveness: { e: 6.45, p: 5.15, sdE: 0.5, sdP: 1.0 },
  assurance: { e: 6.3, p: 5.55, sdE: 0.6, sdP: 0.9 },
  empathy: { e: 6.25, p: 5.35, sdE: 0.6, sdP: 1.0 },
};

/** Spread of the respondents' leniency (a tendency to answer high or low on every item). */
const LENIENCY_SD = 0.45;
/** Leniency moves expectations less than perceptions: most customers expect a lot. */
const LENIENCY_ON_EXPECTATION = 0.4;

/**
 * The 22 SERVQUAL items in questionnaire order, worded for this department: `p` shifts the
 * item's perception from its dimension's mean (the hotline's wait and the second visits show
 * most).
 */
const ITEMS = [
  {
    code: 'T1',
    dimension: 'tangibles',
    p: 0.1,
    en: 'Engineers come with proper tools and genuine spare parts',
    zh: '上门工程师工具齐全，使用原厂配件',
  },
  {
    code: 'T2',
    dimension: 'tangibles',
    p: 0.2,
    en: 'The service hall and repair counter are clean and well organised',
    zh: '服务大厅和维修接待台干净整洁',
  },
  {
    code: 'T3',
    dimension: 'tangibles',
    p: 0.2,
    en: 'Staff are neatly dressed and wear their name badges',
    zh: '工作人员着装整洁，佩戴工作牌',
  },
  {
    code: 'T4',
    dimension: 'tangibles',
    p: -0.3,
    en: 'Repair orders, invoices and service guides are clear and easy to read',
    zh: '维修单、发票和服务指南清楚易懂',
  },
  {
    code: 'R1',
    dimension: 'reliability',
    p: 0,
    en: 'Does what it promises by the promised time',
    zh: '承诺的事情都能按时做到',
  },
  {
    code: 'R2',
    dimension: 'reliability',
    p: 0.2,
    en: 'Shows a sincere interest in solving my problem',
    zh: '遇到问题时，真心实意地帮我解决',
  },
  {
    code: 'R3',
    dimension: 'reliability',
    p: -0.3,
    en: 'Fixes the fault right the first time',
    zh: '一次上门就能把故障修好',
  },
  {
    code: 'R4',
    dimension: 'reliability',
    p: -0.2,
    en: 'Engineers arrive within the booked time slot',
    zh: '工程师在预约的时间段内上门',
  },
  {
    code: 'R5',
    dimension: 'reliability',
    p: 0.3,
    en: 'Keeps bills and service records free of errors',
    zh: '收费准确，服务记录无差错',
  },
  {
    code: 'RS1',
    dimension: 'responsiveness',
    p: 0,
    en: 'Tells me exactly when the repair will be done',
    zh: '明确告诉我什么时候能修好',
  },
  {
    code: 'RS2',
    dimension: 'responsiveness',
    p: -0.4,
    en: 'Answers the hotline quickly, without a long wait',
    zh: '热线电话很快有人接听，不用久等',
  },
  {
    code: 'RS3',
    dimension: 'responsiveness',
    p: 0.3,
    en: 'Staff are always willing to help',
    zh: '工作人员总是乐意帮忙',
  },
  {
    code: 'RS4',
    dimension: 'responsiveness',
    p: 0,
    en: 'Is never too busy to follow up a complaint promptly',
    zh: '再忙也会及时跟进我的投诉',
  },
  {
    code: 'A1',
    dimension: 'assurance',
    p: 0,
    en: 'The engineers’ explanations give me confidence in the repair',
    zh: '工程师讲解清楚，让我对维修放心',
  },
  {
    code: 'A2',
    dimension: 'assurance',
    p: 0.1,
    en: 'I feel safe letting engineers into my home and paying them',
    zh: '工程师上门和收费都让人放心',
  },
  {
    code: 'A3',
    dimension: 'assurance',
    p: 0.1,
    en: 'Staff are courteous on the phone and on site',
    zh: '无论电话里还是上门，工作人员都礼貌周到',
  },
  {
    code: 'A4',
    dimension: 'assurance',
    p: -0.2,
    en: 'Staff know enough to answer my questions',
    zh: '工作人员业务熟练，能解答我的问题',
  },
  {
    code: 'E1',
    dimension: 'empathy',
    p: 0,
    en: 'Gives me individual attention',
    zh: '针对我的具体情况提供服务',
  },
  {
    code: 'E2',
    dimension: 'empathy',
    p: 0.4,
    en: 'Offers service hours that suit me, evenings and weekends included',
    zh: '服务时间方便，晚上和周末也能预约',
  },
  {
    code: 'E3',
    dimension: 'empathy',
    p: -0.3,
    en: 'Knows my appliance and its repair history when I call',
    zh: '来电时清楚我的设备和维修记录',
  },
  {
    code: 'E4',
    dimension: 'empathy',
    p: -0.1,
    en: 'Has my best interests at heart and recommends no needless repairs',
    zh: '从我的利益出发，不推销不必要的维修',
  },
  {
    code: 'E5',
    dimension: 'empathy',
    p: 0,
    en: 'Understands my specific needs',
    zh: '理解我的具体需求',
  },
];

/**
 * The deliberately blank answers, [respondent (1-based), item code, 'e' | 'p'], each with a
 * reason a real respondent would leave it blank. Their values are still drawn (and dropped),
 * so that the other answers do not depend on this list.
 */
const BLANKS = [
  [9, 'T2', 'p'], // has never been to the service hall
  [23, 'E2', 'e'], // skipped the expectation of service hours
  [41, 'R4', 'p'], // has had no engineer visit yet
];

/** mulberry32 with a mixed seed: the same PRNG as src/core/testing/syntheticOrg.ts. */
function mulberry32(seed) {
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

/** An approximately normal draw (mean 0, sd 1): the sum of six uniforms, centred and scaled. */
function normal(rand) {
  let s = 0;
  for (let i = 0; i < 6; i++) s += rand();
  return (s - 3) * Math.SQRT2;
}

const likert = (x) => Math.min(7, Math.max(1, Math.round(x)));

/**
 * The answers: for each respondent (in order) an array of [expectation, perception] per item
 * (in ITEMS order), null where blank.
 */
function generateSurvey(seed = SEED) {
  const rand = mulberry32(seed);
  const blank = new Set(BLANKS.map(([r, code, which]) => `${r}:${code}:${which}`));
  const respondents = [];
  for (let r = 1; r <= RESPONDENTS; r++) {
    const leniency = LENIENCY_SD * normal(rand);
    respondents.push(
      ITEMS.map((item) => {
        const d = DIMENSIONS[item.dimension];
        const e = likert(d.e + LENIENCY_ON_EXPECTATION * leniency + d.sdE * normal(rand));
        const p = likert(d.p + item.p + leniency + d.sdP * normal(rand));
        return [
          blank.has(`${r}:${item.code}:e`) ? null : e,
          blank.has(`${r}:${item.code}:p`) ? null : p,
        ];
      }),
    );
  }
  return respondents;
}

/** Mean expectation, perception and gap (P − E) per dimension, over the answers given. */
function dimensionMeans(respondents) {
  const out = {};
  for (const dim of Object.keys(DIMENSIONS)) {
    let e = 0;
    let ne = 0;
    let p = 0;
    let np = 0;
    for (const answers of respondents)
      ITEMS.forEach((item, i) => {
        if (item.dimension !== dim) return;
        const [ae, ap] = answers[i];
        if (ae !== null) {
          e += ae;
          ne++;
        }
        if (ap !== null) {
          p += ap;
          np++;
        }
      });
    out[dim] = { e: e / ne, p: p / np, gap: p / np - e / ne };
  }
  return out;
}

const quote = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const digits = (xs) => xs.map((x) => (x === null ? '-' : String(x))).join('');
const respondentId = (r) => `R${String(r).padStart(2, '0')}`;
const fixed2 = (x) => (x < 0 ? '−' : '+') + Math.abs(x).toFixed(2);

/** The TypeScript module, formatted as Prettier would. */
function surveyModuleText(seed = SEED) {
  const respondents = generateSurvey(seed);
  const means = dimensionMeans(respondents);
  const meanLines = Object.entries(means).map(
    ([dim, m]) =>
      ` *   ${dim.padEnd(15)} E ${m.e.toFixed(2)}  P ${m.p.toFixed(2)}  gap ${fixed2(m.gap)}`,
  );
  const blankLines = BLANKS.map(
    ([r, code, which]) =>
      ` *   ${respondentId(r)} ${code} ${which === 'e' ? 'expectation' : 'perception'}`,
  );
  const itemLines = ITEMS.flatMap((item) => [
    '  {',
    `    code: ${quote(item.code)},`,
    `    dimension: ${quote(item.dimension)},`,
    `    en: ${quote(item.en)},`,
    `    zh: ${quote(item.zh)},`,
    '  },',
  ]);
  const answerLines = respondents.map(
    (answers, i) =>
      `  [${quote(respondentId(i + 1))}, ${quote(digits(answers.map((a) => a[0])))}, ${quote(
        digits(answers.map((a) => a[1])),
      )}],`,
  );
  return [
    '/**',
    ` * GENERATED by scripts/make-example-survey.js with seed ${seed}: do not edit by hand. Change the`,
    ' * script and run `node scripts/make-example-survey.js` (test/core/exampleSurvey.test.ts checks',
    ' * that this file is what the script writes).',
    ' *',
    ` * The bundled example's service-quality survey (SERVQUAL): ${RESPONDENTS} customers of the after-sales`,
    ' * service answered the 22 items twice on a 1–7 scale: what an excellent service would do',
    ' * (expectation) and what this department does (perception). Means over the answers given,',
    ' * and the gap (perception − expectation):',
    ...meanLines,
    ' * Deliberately blank:',
    ...blankLines,
    ' */',
    "import type { QualityWeights } from '../model/policy';",
    '',
    '/** A SERVQUAL dimension, named as in the Policy weights. */',
    'export type ExampleSurveyDimension = keyof QualityWeights;',
    '',
    'export interface ExampleSurveyItem {',
    '  /** T1–T4, R1–R5, RS1–RS4, A1–A4, E1–E5. */',
    '  readonly code: string;',
    '  readonly dimension: ExampleSurveyDimension;',
    '  readonly en: string;',
    '  readonly zh: string;',
    '}',
    '',
    `export const EXAMPLE_SURVEY_SEED = ${seed};`,
    '',
    '/** The 22 items in questionnaire order. */',
    'export const EXAMPLE_SURVEY_ITEMS: readonly ExampleSurveyItem[] = [',
    ...itemLines,
    '];',
    '',
    '/**',
    ' * One entry per respondent: its id, then its expectations and its perceptions, one digit per',
    ' * item in EXAMPLE_SURVEY_ITEMS order, `-` where the answer was left blank.',
    ' */',
    'export const EXAMPLE_SURVEY_ANSWERS: readonly (readonly [string, string, string])[] = [',
    ...answerLines,
    '];',
    '',
  ].join('\n');
}

module.exports = {
  SEED,
  RESPONDENTS,
  ITEMS,
  BLANKS,
  OUT,
  mulberry32,
  generateSurvey,
  dimensionMeans,
  surveyModuleText,
};

if (require.main === module) {
  const text = surveyModuleText();
  const rel = path.relative(process.cwd(), OUT);
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(OUT, 'utf8');
    } catch {
      // missing: differs
    }
    if (current !== text) {
      console.error(`${rel} differs from what scripts/make-example-survey.js writes`);
      process.exitCode = 1;
    } else console.log(`${rel} is up to date`);
  } else {
    writeFileSync(OUT, text);
    console.log(`wrote ${rel}`);
  }
}
