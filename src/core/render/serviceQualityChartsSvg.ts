import type { ServiceQuality } from '../analyze/serviceQuality';
import type { Lang } from '../i18n/lang';
import { SURVEY_COLUMN_LABELS, serviceDimensionLabel } from '../i18n/serviceQualityLabels';
import { gapBarChartSvg } from './gapBarChartSvg';
import { DEPARTMENT_COLOURS } from './orgChartSvg';
import { radarChartSvg } from './radarChartSvg';
import { signedFigure } from './signedFigure';

/** The survey's two charts, as SVG text. */
export interface ServiceQualityCharts {
  /** Expectation against perception per measured dimension, on the survey's scale. */
  readonly radar: string;
  /** The gap (perception − expectation) per dimension, as bars either side of zero. */
  readonly gaps: string;
}

export interface ServiceQualityChartsOptions {
  /** CSS font-family list (default the org chart's; PNG_FONTS' for a PNG). */
  readonly fontFamily?: string;
}

/** The charts' titles, in each language. */
export const SERVICE_QUALITY_CHART_TITLES: Readonly<
  Record<keyof ServiceQualityCharts, { readonly en: string; readonly zh: string }>
> = {
  radar: { en: 'Expectation and perception by dimension', zh: '各维度期望与感知' },
  gaps: { en: 'Gap (perception − expectation) by dimension', zh: '各维度差距（感知 − 期望）' },
};

/** The series' colours: the org chart's brand blue and pumpkin (DEPARTMENT_COLOURS). */
export const EXPECTATION_COLOUR = DEPARTMENT_COLOURS[0] ?? '#0f6cbd';
export const PERCEPTION_COLOUR = DEPARTMENT_COLOURS[3] ?? '#ca5010';

/**
 * The survey's charts (DOMAIN.md §4; seed 002: show the CSI as radar and bar charts): a radar
 * of mean expectation against mean perception over the dimensions measured (those with a
 * gap), on the survey's scale, and the gap of every dimension with an item as a bar (an
 * empty row when it has no pair of answers), in seed 001's dimension order. Titles, axes and
 * series are in `lang`.
 */
export function serviceQualityChartsSvg(
  quality: ServiceQuality,
  lang: Lang,
  options: ServiceQualityChartsOptions = {},
): ServiceQualityCharts {
  const zh = lang === 'zh-CN';
  const title = (k: keyof ServiceQualityCharts) =>
    SERVICE_QUALITY_CHART_TITLES[k][zh ? 'zh' : 'en'];
  const font = options.fontFamily === undefined ? {} : { fontFamily: options.fontFamily };
  const measured = quality.dimensions.filter((d) => d.gap !== null);
  const radar = radarChartSvg({
    title: title('radar'),
    axes: measured.map((d) => serviceDimensionLabel(d.dimension, lang)),
    series: [
      {
        name: SURVEY_COLUMN_LABELS.Expectation[zh ? 'zh' : 'en'],
        values: measured.map((d) => d.expectation ?? undefined),
        color: EXPECTATION_COLOUR,
      },
      {
        name: SURVEY_COLUMN_LABELS.Perception[zh ? 'zh' : 'en'],
        values: measured.map((d) => d.perception ?? undefined),
        color: PERCEPTION_COLOUR,
      },
    ],
    min: quality.scale.min,
    max: quality.scale.max,
    ...font,
  });
  const gaps = gapBarChartSvg({
    title: title('gaps'),
    bars: quality.dimensions.map((d) => ({
      label: serviceDimensionLabel(d.dimension, lang),
      value: d.gap ?? undefined,
    })),
    format: (v) => signedFigure(v),
    ...font,
  });
  return { radar, gaps };
}
