import { textWidth } from '../layout/textWidth';
import { CHART_FONT_FAMILY, escapeXml } from './orgChartSvg';

/** One line of a radar chart: a value per axis (undefined: not measured, left out). */
export interface RadarSeries {
  readonly name: string;
  readonly values: readonly (number | undefined)[];
  /** `#RRGGBB`. */
  readonly color: string;
}

export interface RadarChartInput {
  readonly title: string;
  /** One label per axis, clockwise from the top. */
  readonly axes: readonly string[];
  readonly series: readonly RadarSeries[];
  /** The scale: the centre is `min`, the outer ring `max`; a ring at every whole step. */
  readonly min: number;
  readonly max: number;
  /** CSS font-family list (default the org chart's). */
  readonly fontFamily?: string;
}

/** Size of the drawing, in px. */
export const RADAR_SIZE = { width: 560, height: 480 } as const;
const CENTRE = { x: 280, y: 250 };
const RADIUS = 150;
const FONT_SIZE = 12;
const TITLE_SIZE = 15;

/** A number as SVG writes it: at most two decimals, no `-0`. */
const num = (v: number) => String(Math.round(v * 100) / 100 + 0);

/** The point at `fraction` of the radius on axis `i` of `n` (axis 0 straight up). */
export function radarPoint(i: number, n: number, fraction: number): { x: number; y: number } {
  const angle = (2 * Math.PI * i) / n - Math.PI / 2;
  return {
    x: CENTRE.x + RADIUS * fraction * Math.cos(angle),
    y: CENTRE.y + RADIUS * fraction * Math.sin(angle),
  };
}

/**
 * A radar (spider) chart as SVG, the file counterpart of the native Excel radar chart: rings
 * at each whole step of the scale, one spoke per axis labelled at its end, one closed line
 * per series (a gap where a value is missing: its points are joined around it), a legend.
 * Used for expectation against perception per SERVQUAL dimension.
 */
export function radarChartSvg(input: RadarChartInput): string {
  const { axes, series, min, max } = input;
  const n = axes.length;
  const span = max - min;
  const fraction = (v: number) => (span > 0 ? Math.min(1, Math.max(0, (v - min) / span)) : 0);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${RADAR_SIZE.width}" height="${RADAR_SIZE.height}"` +
      ` viewBox="0 0 ${RADAR_SIZE.width} ${RADAR_SIZE.height}" font-family="${escapeXml(input.fontFamily ?? CHART_FONT_FAMILY)}"` +
      ` font-size="${FONT_SIZE}" role="img">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${RADAR_SIZE.width / 2}" y="28" text-anchor="middle" font-size="${TITLE_SIZE}" font-weight="600" fill="#242424">${escapeXml(input.title)}</text>`,
  ];
  if (n >= 3) {
    const steps: number[] = [];
    for (let step = Math.ceil(min) + 1; step <= max; step++) steps.push(step);
    for (const step of steps) {
      const ring = axes.map((_, i) => radarPoint(i, n, fraction(step)));
      out.push(
        `<polygon class="ring" points="${ring.map((p) => `${num(p.x)},${num(p.y)}`).join(' ')}" fill="none" stroke="#d1d1d1" stroke-width="1"/>`,
      );
    }
    axes.forEach((axis, i) => {
      const end = radarPoint(i, n, 1);
      out.push(
        `<line class="spoke" x1="${CENTRE.x}" y1="${CENTRE.y}" x2="${num(end.x)}" y2="${num(end.y)}" stroke="#d1d1d1" stroke-width="1"/>`,
      );
      const at = radarPoint(i, n, 1.12);
      const dx = at.x - CENTRE.x;
      const anchor = Math.abs(dx) < 1 ? 'middle' : dx > 0 ? 'start' : 'end';
      const dy = at.y < CENTRE.y - RADIUS * 0.9 ? -2 : at.y > CENTRE.y + RADIUS * 0.9 ? 10 : 4;
      out.push(
        `<text class="axis" x="${num(at.x)}" y="${num(at.y + dy)}" text-anchor="${anchor}" fill="#242424">${escapeXml(axis)}</text>`,
      );
    });
    for (const s of series) {
      const points = s.values.flatMap((v, i) =>
        v === undefined || !Number.isFinite(v) ? [] : [radarPoint(i, n, fraction(v))],
      );
      if (points.length === 0) continue;
      const list = points.map((p) => `${num(p.x)},${num(p.y)}`).join(' ');
      out.push(
        `<polygon class="series" data-series="${escapeXml(s.name)}" points="${list}" fill="${s.color}" fill-opacity="0.12" stroke="${s.color}" stroke-width="2"/>`,
      );
      for (const p of points)
        out.push(`<circle cx="${num(p.x)}" cy="${num(p.y)}" r="3" fill="${s.color}"/>`);
    }
    // The scale's steps beside the first spoke, over the series, on a white halo so a line
    // running through one leaves it readable.
    for (const step of steps) {
      const label = radarPoint(0, n, fraction(step));
      out.push(
        `<text class="step" x="${num(label.x + 5)}" y="${num(label.y + 3.5)}" font-size="10" fill="#616161" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${step}</text>`,
      );
    }
  }
  // The legend, centred under the chart.
  const widths = series.map((s) => 18 + textWidth(s.name) * FONT_SIZE + 16);
  let x = (RADAR_SIZE.width - widths.reduce((a, b) => a + b, 0)) / 2;
  series.forEach((s, i) => {
    const y = RADAR_SIZE.height - 22;
    out.push(
      `<rect x="${num(x)}" y="${y - 9}" width="12" height="12" fill="${s.color}"/>`,
      `<text x="${num(x + 18)}" y="${y + 1}" fill="#242424">${escapeXml(s.name)}</text>`,
    );
    x += widths[i] ?? 0;
  });
  out.push('</svg>');
  return out.join('\n');
}
