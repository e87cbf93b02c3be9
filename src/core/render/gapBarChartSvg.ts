import { textWidth } from '../layout/textWidth';
import { CHART_FONT_FAMILY, escapeXml } from './orgChartSvg';

/** One bar: a label and a signed value (undefined: not measured, drawn as an empty row). */
export interface GapBar {
  readonly label: string;
  readonly value: number | undefined;
}

export interface GapBarChartInput {
  readonly title: string;
  readonly bars: readonly GapBar[];
  /** How a value is written at the end of its bar (default two decimals). */
  readonly format?: (value: number) => string;
  readonly fontFamily?: string;
}

const WIDTH = 560;
const ROW = 28;
const BAR = 16;
const TOP = 48;
const FONT_SIZE = 12;
const NEGATIVE = '#C50F1F';
const POSITIVE = '#107C10';

/** A number as SVG writes it: at most two decimals, no `-0`. */
const num = (v: number) => String(Math.round(v * 100) / 100 + 0);

/** The drawing's height for `bars` rows. */
export const gapBarChartHeight = (bars: number): number => TOP + bars * ROW + 24;

/**
 * Horizontal bars either side of a zero line, the file counterpart of the native bar chart
 * of gaps (P − E): a shortfall to the left in red, a surplus to the right in green, each
 * value written at its bar's end, rows in input order from the top.
 */
export function gapBarChartSvg(input: GapBarChartInput): string {
  const format = input.format ?? ((v: number) => v.toFixed(2));
  const labelWidth = Math.min(
    220,
    Math.max(60, ...input.bars.map((b) => textWidth(b.label) * FONT_SIZE + 12)),
  );
  const plotLeft = labelWidth + 8;
  const plotWidth = WIDTH - plotLeft - 56;
  const values = input.bars.flatMap((b) => (b.value === undefined ? [] : [b.value]));
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const span = high - low || 1;
  // 52 px either side of the bars for the value written at their end.
  const xOf = (v: number) => plotLeft + 52 + ((v - low) / span) * (plotWidth - 104);
  const zero = xOf(0);
  const height = gapBarChartHeight(input.bars.length);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}"` +
      ` font-family="${escapeXml(input.fontFamily ?? CHART_FONT_FAMILY)}" font-size="${FONT_SIZE}" role="img">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${WIDTH / 2}" y="26" text-anchor="middle" font-size="15" font-weight="600" fill="#242424">${escapeXml(input.title)}</text>`,
  ];
  input.bars.forEach((bar, i) => {
    const y = TOP + i * ROW;
    out.push(
      `<text x="${num(labelWidth)}" y="${y + ROW / 2 + 4}" text-anchor="end" fill="#242424">${escapeXml(bar.label)}</text>`,
    );
    if (bar.value === undefined) return;
    const end = xOf(bar.value);
    const x = Math.min(zero, end);
    const negative = bar.value < 0;
    out.push(
      `<rect class="bar" x="${num(x)}" y="${num(y + (ROW - BAR) / 2)}" width="${num(Math.abs(end - zero))}" height="${BAR}" fill="${negative ? NEGATIVE : POSITIVE}"/>`,
      `<text x="${num(negative ? end - 4 : end + 4)}" y="${y + ROW / 2 + 4}" text-anchor="${negative ? 'end' : 'start'}" fill="#424242">${escapeXml(format(bar.value))}</text>`,
    );
  });
  out.push(
    `<line x1="${num(zero)}" y1="${TOP - 4}" x2="${num(zero)}" y2="${TOP + input.bars.length * ROW + 4}" stroke="#616161" stroke-width="1"/>`,
    '</svg>',
  );
  return out.join('\n');
}
