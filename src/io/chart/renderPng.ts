/**
 * SVG → PNG with resvg (`@resvg/resvg-js`, a Rust renderer shipped as a prebuilt native
 * module per platform from npm: no browser, no system libraries beyond libc).
 *
 * Fonts. resvg draws text with the fonts installed on the machine (`loadSystemFonts`): the
 * first installed family of an element's font-family list, and, for a glyph it lacks, any
 * installed font that has it. For Chinese, install a CJK font: on Debian/Ubuntu
 * `fonts-noto-cjk` (Noto Sans CJK SC; `.ci/run` installs it; check with `fc-list :lang=zh`),
 * on Windows Microsoft YaHei is there already. {@link cjkFontMissing} lets the CLI warn when
 * there is none, as the Chinese text would then be missing from the PNG.
 *
 * Speed. resvg 2.6 reads a font's whole file again for every glyph it outlines; Noto Sans
 * CJK is a 20 MB collection, so drawing Latin text with it costs ~2 ms a glyph (minutes for
 * an 800-box chart). Charts for PNG are therefore drawn with `PNG_FONTS` (core/render/orgChartSvg), a Latin
 * font first (Segoe UI; Liberation Sans or Arimo, Arial's metrics, from Debian
 * `fonts-liberation`), and only the lines with CJK characters get a CJK font first.
 * Box sizes come from width estimates (core/layout/textWidth), not from these fonts; the
 * ones above fit them (DejaVu Sans, 7–20 % wider, would not, so it is not in the lists).
 * Without any of the Latin fonts resvg falls back to the CJK font: right, but slow.
 */
import { renderAsync } from '@resvg/resvg-js';
import { spawnSync } from 'node:child_process';

/** The family resvg draws `sans-serif` with, the end of the charts' font lists. */
export const PNG_DEFAULT_FONT = 'Noto Sans CJK SC';
/** Longest side of a PNG, in pixels: image viewers and resvg's pixmaps stop well above it. */
export const PNG_MAX_SIDE = 16384;
/** Most pixels in a PNG (4 bytes each while rendering: 256 MB). */
export const PNG_MAX_PIXELS = 64_000_000;

export interface PngOptions {
  /** Device pixels per SVG px (default 2, for sharp text on high-density screens and in print). */
  readonly scale?: number;
  /** Cap on the longest side (default {@link PNG_MAX_SIDE}). */
  readonly maxSide?: number;
  /** Cap on width × height (default {@link PNG_MAX_PIXELS}). */
  readonly maxPixels?: number;
  /** Font files to load besides the system's (e.g. a bundled CJK font). */
  readonly fontFiles?: readonly string[];
}

export interface RenderedPng {
  readonly png: Buffer;
  readonly width: number;
  readonly height: number;
  /** The scale used: the one asked for, or less when the image had to fit the caps. */
  readonly scale: number;
  /** True when the scale was reduced to fit {@link PngOptions.maxSide} / `maxPixels`. */
  readonly reduced: boolean;
}

/** Width and height of an SVG from its root's attributes (or its viewBox), in px. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(root)?.[1];
  let width = Number.parseFloat(attr('width') ?? '');
  let height = Number.parseFloat(attr('height') ?? '');
  if (!(width > 0 && height > 0)) {
    const box = (attr('viewBox') ?? '')
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    width = box[2] ?? NaN;
    height = box[3] ?? NaN;
  }
  if (!(width > 0 && height > 0)) throw new Error('the SVG has no width and height');
  return { width, height };
}

/** The largest scale ≤ `scale` at which a width × height image fits both caps. */
export function fitScale(
  width: number,
  height: number,
  scale: number,
  maxSide: number = PNG_MAX_SIDE,
  maxPixels: number = PNG_MAX_PIXELS,
): number {
  let s = scale;
  const side = Math.max(width, height);
  if (Math.ceil(side * s) > maxSide) s = maxSide / side;
  if (Math.ceil(width * s) * Math.ceil(height * s) > maxPixels)
    s = Math.min(s, Math.sqrt(maxPixels / (width * height)));
  // Rounding up a side must not cross a cap again.
  while (s > 0 && Math.ceil(width * s) * Math.ceil(height * s) > maxPixels) s *= 0.999;
  return s;
}

/** Render an SVG to PNG, scaled by `options.scale` but never beyond the size caps. */
export async function renderPng(svg: string, options: PngOptions = {}): Promise<RenderedPng> {
  const asked = options.scale ?? 2;
  if (!(asked > 0) || !Number.isFinite(asked)) throw new Error(`bad PNG scale ${asked}`);
  const { width, height } = svgSize(svg);
  const scale = fitScale(width, height, asked, options.maxSide, options.maxPixels);
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: {
      loadSystemFonts: true,
      // Not `defaultFontFamily`: resvg 2.6 then reads that font's file anew for every text
      // element (20 MB for Noto Sans CJK), which makes an 800-box chart take minutes.
      sansSerifFamily: PNG_DEFAULT_FONT,
      ...(options.fontFiles ? { fontFiles: [...options.fontFiles] } : {}),
    },
    languages: ['en', 'zh-CN'],
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  });
  return {
    png: image.asPng(),
    width: image.width,
    height: image.height,
    scale,
    reduced: scale < asked,
  };
}

const CJK = /[\u2e80-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/;

/**
 * True when the SVG has CJK text but fontconfig knows no Chinese font, so the PNG would show
 * none of it; false when fonts are fine or there is no fontconfig to ask (Windows, macOS).
 */
export function cjkFontMissing(svg: string): boolean {
  if (!CJK.test(svg)) return false;
  const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return false;
  return r.stdout.trim() === '';
}
