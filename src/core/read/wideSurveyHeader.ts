/** Which answer a wide-form column holds. */
export type AnswerRole = 'expectation' | 'perception' | 'importance';

/** A wide-form answer column's header, split into its answer role and its item. */
export interface WideHeader {
  readonly role: AnswerRole;
  /** The header without its marker: the item (`R1`, `Reliability 1`, `可靠性1`). */
  readonly item: string;
}

const MARKERS: Readonly<Record<AnswerRole, readonly string[]>> = {
  expectation: ['e', 'exp', 'expected', 'expectation', 'expectations', '期望', '期望值', '预期'],
  perception: ['p', 'perc', 'perceived', 'perception', 'perceptions', '感知', '感知值', '实际'],
  importance: ['i', 'imp', 'importance', '重要性', '重要度', '重要程度'],
};
const ROLE_OF = new Map<string, AnswerRole>();
for (const [role, words] of Object.entries(MARKERS) as [AnswerRole, readonly string[]][])
  for (const w of words) ROLE_OF.set(w, role);

/** Chinese markers, which may be written without a separator (`可靠性1期望`), longest first. */
const CJK_MARKERS = [...ROLE_OF.keys()]
  .filter((w) => /[\u4e00-\u9fff]/.test(w))
  .sort((a, b) => b.length - a.length);

const SEP = '[\\s_\\-–:/.]';
/** `Reliability 1 (E)`, `R1 [P]`, `可靠性1（期望）`. */
const BRACKETED = /^(.*?)\s*[([{]\s*([^()[\]{}]+?)\s*[)\]}]$/;
const TRAILING = new RegExp(`^(.*?)${SEP}+([^\\s_\\-–:/.]+)$`);
const LEADING = new RegExp(`^([^\\s_\\-–:/.]+)${SEP}+(.*)$`);

const roleOf = (marker: string): AnswerRole | undefined => ROLE_OF.get(marker.toLowerCase());

function result(role: AnswerRole | undefined, item: string | undefined): WideHeader | undefined {
  const t = item?.trim() ?? '';
  return role === undefined || t === '' ? undefined : { role, item: t };
}

/**
 * Read a wide-form header as an answer column. The pairing rule: a header is an item name
 * plus one marker — E / Exp / Expected / Expectation / 期望 / 期望值 (expectation), P / Perc /
 * Perceived / Perception / 感知 / 感知值 (perception) or I / Imp / Importance / 重要性 / 重要度
 * (importance), any case — written in brackets at the end (`Reliability 1 (E)`), as the last
 * word (`R1 E`, `R1_P`, `可靠性1-期望`), as the first word (`E_REL1`, `P REL1`), or, for the
 * Chinese markers, glued to the end or start (`可靠性1期望`). Words are separated by a space,
 * `_`, `-`, `–`, `:`, `/` or `.`. Columns whose items are the same after normaliseHeader are
 * a pair. Returns `undefined` for any other header.
 */
export function parseWideHeader(header: string): WideHeader | undefined {
  const h = header.normalize('NFKC').trim();
  if (h === '') return undefined;
  const b = BRACKETED.exec(h);
  if (b) {
    const r = result(roleOf(b[2] ?? ''), b[1]);
    if (r) return r;
  }
  const t = TRAILING.exec(h);
  if (t) {
    const r = result(roleOf(t[2] ?? ''), t[1]);
    if (r) return r;
  }
  const l = LEADING.exec(h);
  if (l) {
    const r = result(roleOf(l[1] ?? ''), l[2]);
    if (r) return r;
  }
  for (const m of CJK_MARKERS) {
    if (h.length > m.length && h.endsWith(m)) return result(roleOf(m), h.slice(0, -m.length));
    if (h.length > m.length && h.startsWith(m)) return result(roleOf(m), h.slice(m.length));
  }
  return undefined;
}
