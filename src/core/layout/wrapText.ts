import { charWidth, isWide, textWidth } from './textWidth';

export interface WrappedText {
  readonly lines: readonly string[];
  /** Width of the widest line, in em. */
  readonly width: number;
  /** True when the text did not fit and the last line ends in an ellipsis. */
  readonly truncated: boolean;
}

const SPACE = 0x20;
const ELLIPSIS = '…';

/** May a line break after this character? (hyphens, slashes, CJK punctuation) */
const breaksAfter = (c: number) => c === 0x2d || c === 0x2f || c === 0x3001 || c === 0xff0c;

/**
 * Wrap text into at most `maxLines` lines no wider than `maxEm`: Latin text breaks at spaces,
 * hyphens and slashes, CJK text between any two characters, and a word longer than a line
 * is broken where it overflows. Text that does not fit ends in an ellipsis.
 */
export function wrapText(text: string, maxEm: number, maxLines: number): WrappedText {
  const s = text.replace(/\s+/g, ' ').trim();
  const lines: string[] = [];
  let start = 0;
  while (start < s.length && lines.length < maxLines) {
    let w = 0;
    let i = start;
    let breakAt = -1;
    let lineEnd = -1;
    while (i < s.length) {
      const c = s.codePointAt(i) ?? 0;
      const len = c > 0xffff ? 2 : 1;
      const cw = charWidth(c);
      if (c === SPACE) {
        breakAt = i + 1;
        lineEnd = i;
      } else if (isWide(c) && i > start) {
        breakAt = i;
        lineEnd = i;
      }
      if (w + cw > maxEm && i > start) break;
      w += cw;
      i += len;
      if (isWide(c) || breaksAfter(c)) {
        breakAt = i;
        lineEnd = i;
      }
    }
    if (i >= s.length) {
      lines.push(s.slice(start));
      start = s.length;
      break;
    }
    let end = i;
    let next = i;
    if (s.charCodeAt(i) === SPACE) next = i + 1;
    else if (breakAt > start) {
      end = lineEnd;
      next = breakAt;
    }
    lines.push(s.slice(start, end).trimEnd());
    start = next;
    while (s.charCodeAt(start) === SPACE) start++;
  }
  const truncated = start < s.length;
  if (truncated && lines.length > 0) {
    lines[lines.length - 1] = ellipsize(
      `${lines[lines.length - 1] ?? ''} ${s.slice(start)}`,
      maxEm,
    );
  }
  let width = 0;
  for (const line of lines) width = Math.max(width, textWidth(line));
  return { lines, width, truncated };
}

/** The longest prefix of one line that fits in `maxEm` with an ellipsis after it. */
export function ellipsize(line: string, maxEm: number): string {
  if (textWidth(line) <= maxEm) return line;
  const room = maxEm - charWidth(ELLIPSIS.charCodeAt(0));
  let w = 0;
  let i = 0;
  while (i < line.length) {
    const c = line.codePointAt(i) ?? 0;
    const cw = charWidth(c);
    if (w + cw > room) break;
    w += cw;
    i += c > 0xffff ? 2 : 1;
  }
  return `${line.slice(0, i).trimEnd()}${ELLIPSIS}`;
}
