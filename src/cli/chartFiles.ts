import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Lang } from '../core/i18n/lang';
import {
  cjkFontMissing,
  PNG_MAX_PIXELS,
  PNG_MAX_SIDE,
  renderPng,
  type RenderedPng,
} from '../io/chart/renderPng';

/** Default PNG pixels per SVG px. */
export const DEFAULT_PNG_SCALE = 2;

/** Write an SVG drawing as a file: an XML declaration, then the drawing. */
export async function writeSvgFile(file: string, svg: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`);
}

/**
 * Draw an SVG as PNG with resvg and write it; `svg` should name PNG_FONTS (see
 * io/chart/renderPng). The image is kept within the PNG caps.
 */
export async function writePngFile(file: string, svg: string, scale: number): Promise<RenderedPng> {
  const image = await renderPng(svg, { scale });
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, image.png);
  return image;
}

/**
 * The warning to print when a chart with Chinese text was drawn as PNG on a machine with no
 * Chinese font (so the PNG lacks that text); undefined when fonts are fine.
 */
export function cjkFontWarning(svg: string, lang: Lang): string | undefined {
  if (!cjkFontMissing(svg)) return undefined;
  return lang === 'zh-CN'
    ? 'service-org: 警告：未安装中文字体，PNG 中的中文无法显示；请安装（Debian/Ubuntu：apt-get install fonts-noto-cjk）\n'
    : 'service-org: warning: no Chinese font is installed, so the PNG shows no Chinese text; install one (Debian/Ubuntu: apt-get install fonts-noto-cjk)\n';
}

/** A PNG written, as a summary names it: `chart.png (2084×904 px)`, and why it was scaled down. */
export function pngDescription(file: string, image: RenderedPng, lang: Lang): string {
  const { width, height, scale, reduced } = image;
  const zh = lang === 'zh-CN';
  const mpx = Math.round(PNG_MAX_PIXELS / 1e6);
  const note = reduced
    ? zh
      ? `，已缩小为 ${scale.toFixed(3)} 倍，PNG 上限为边长 ${PNG_MAX_SIDE} 像素、共 ${mpx} 百万像素`
      : `, scaled down to ${scale.toFixed(3)}× to keep within ${PNG_MAX_SIDE} px a side and ${mpx} megapixels`
    : '';
  return zh
    ? `${file}（${width}×${height} 像素${note}）`
    : `${file} (${width}×${height} px${note})`;
}
