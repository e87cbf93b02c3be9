import type { ChartMetrics } from './chartMetrics';
import { textWidth } from './textWidth';
import { ellipsize, wrapText } from './wrapText';

/** What a box says, and the size it needs. Shared by every box that says the same. */
export interface BoxText {
  /** The title, wrapped to at most `maxTitleLines` lines. */
  readonly lines: readonly string[];
  /** The department, shortened to fit one line, when known. */
  readonly department?: string;
  /** Right of the footer: `×9` for several posts, `+42` for folded roles. */
  readonly tag?: string;
  readonly width: number;
  readonly height: number;
}

/** Headcount as a box shows it: `×9`, `×2.5`; nothing for one post. */
export function headcountTag(headcount: number): string | undefined {
  if (!(headcount > 0) || headcount === 1) return undefined;
  return `×${Number.isInteger(headcount) ? headcount : Number(headcount.toFixed(2))}`;
}

/** Lay out the text of one box: the title wrapped, a footer with department and tag. */
export function boxText(
  title: string,
  department: string | undefined,
  tag: string | undefined,
  m: ChartMetrics,
): BoxText {
  const inner = m.maxBoxWidth - 2 * m.paddingX;
  const wrapped = wrapText(title, inner / m.titleFontSize, m.maxTitleLines);
  const lines = wrapped.lines.length > 0 ? wrapped.lines : [''];
  let footer = 0;
  let dept: string | undefined;
  if (department !== undefined || tag !== undefined) {
    const tagEm = tag === undefined ? 0 : textWidth(tag) + 0.8;
    if (department !== undefined && department !== '') {
      dept = ellipsize(
        department.replace(/\s+/g, ' ').trim(),
        Math.max(1, inner / m.footerFontSize - tagEm),
      );
    }
    footer = ((dept === undefined ? 0 : textWidth(dept)) + tagEm) * m.footerFontSize;
  }
  const textW = Math.max(wrapped.width * m.titleFontSize, footer);
  const width = Math.min(m.maxBoxWidth, Math.max(m.minBoxWidth, Math.ceil(textW + 2 * m.paddingX)));
  const height =
    2 * m.paddingY +
    lines.length * m.titleLineHeight +
    (dept !== undefined || tag !== undefined ? m.footerLineHeight : 0);
  const out: { -readonly [K in keyof BoxText]: BoxText[K] } = { lines, width, height };
  if (dept !== undefined) out.department = dept;
  if (tag !== undefined) out.tag = tag;
  return out;
}
