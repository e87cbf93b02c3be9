import { signedFigure } from '../../src/core/render/signedFigure';
import { auditWorkbook } from '../../src/core/audit/auditWorkbook';
import type { ServiceQuality } from '../../src/core/analyze/serviceQuality';
import type { Grid } from '../../src/core/model/grid';
import { gapBarChartHeight } from '../../src/core/render/gapBarChartSvg';
import { PNG_FONTS } from '../../src/core/render/orgChartSvg';
import { radarPoint } from '../../src/core/render/radarChartSvg';
import {
  EXPECTATION_COLOUR,
  PERCEPTION_COLOUR,
  serviceQualityChartsSvg,
} from '../../src/core/render/serviceQualityChartsSvg';
import { analysisPolicy, analysisWorkbook, grid, type Rows } from '../../src/core/testing/builders';
import { handSurveyLong } from '../../src/core/testing/surveyFixture';

const qualityOf = (grids: Grid[]): ServiceQuality => {
  const q = auditWorkbook(grids, { asOf: '2026-11-01' }).serviceQuality;
  if (!q) throw new Error('no survey');
  return q;
};
const withSurvey = (rows: Rows, policy?: Rows): Grid[] =>
  analysisWorkbook({
    extra: [grid('Survey', rows)],
    ...(policy === undefined ? {} : { policy }),
  });

/** The hand survey (4 respondents × 6 items, 1–7): the five SERVQUAL dimensions. */
const hand = qualityOf(withSurvey(handSurveyLong()));

/** Attribute `name` of each element of class `cls`, in order. */
const attr = (svg: string, cls: string, name: string): string[] =>
  [...svg.matchAll(new RegExp(`class="${cls}"[^>]*?\\s${name}="([^"]*)"`, 'g'))].map(
    (m) => m[1] ?? '',
  );
const texts = (svg: string, cls: string): string[] =>
  [...svg.matchAll(new RegExp(`class="${cls}"[^>]*>([^<]*)<`, 'g'))].map((m) => m[1] ?? '');
/** A point as SVG writes it (two decimals at most). */
const xy = (p: { x: number; y: number }) =>
  `${Math.round(p.x * 100) / 100 + 0},${Math.round(p.y * 100) / 100 + 0}`;
const dim = (q: ServiceQuality, d: string) => {
  const found = q.dimensions.find((x) => x.dimension === d);
  if (!found) throw new Error(d);
  return found;
};

describe('serviceQualityChartsSvg', () => {
  const { radar, gaps } = serviceQualityChartsSvg(hand, 'en');

  it('titles both charts', () => {
    expect(radar).toContain('<title>Expectation and perception by dimension</title>');
    expect(gaps).toContain('<title>Gap (perception − expectation) by dimension</title>');
  });

  it('draws a radar axis per dimension in seed 001’s order, two series on the 1–7 scale', () => {
    expect(texts(radar, 'axis')).toEqual([
      'Reliability',
      'Responsiveness',
      'Assurance',
      'Empathy',
      'Tangibles',
    ]);
    expect(attr(radar, 'series', 'data-series')).toEqual(['Expectation', 'Perception']);
    expect(attr(radar, 'series', 'stroke')).toEqual([EXPECTATION_COLOUR, PERCEPTION_COLOUR]);
    // A ring at 2, 3, … 7: six.
    expect(attr(radar, 'ring', 'points')).toHaveLength(6);
  });

  it('places each dimension’s mean expectation and perception on its axis', () => {
    const [e, p] = attr(radar, 'series', 'points').map((s) => s.split(' '));
    hand.dimensions.forEach((d, i) => {
      expect(e?.[i]).toBe(xy(radarPoint(i, 5, ((d.expectation ?? NaN) - 1) / 6)));
      expect(p?.[i]).toBe(xy(radarPoint(i, 5, ((d.perception ?? NaN) - 1) / 6)));
    });
    // Reliability, straight up: E = 6.5 and P = 5.375 (respondents' means over REL1 and REL2).
    expect(e?.[0]).toBe(xy(radarPoint(0, 5, 5.5 / 6)));
    expect(p?.[0]).toBe(xy(radarPoint(0, 5, 4.375 / 6)));
  });

  it('draws a gap bar per dimension, signed with a true minus', () => {
    expect(gaps).toContain(`height="${gapBarChartHeight(5)}"`);
    expect(attr(gaps, 'bar', 'fill')).toEqual(
      hand.dimensions.map((d) => ((d.gap ?? 0) < 0 ? '#C50F1F' : '#107C10')),
    );
    for (const d of hand.dimensions) expect(gaps).toContain(`>${signedFigure(d.gap ?? NaN)}<`);
    expect(dim(hand, 'reliability').gap).toBe(-1.125);
    expect(gaps).toContain('>−1.13<');
  });

  it('writes the Chinese labels in Chinese', () => {
    const zh = serviceQualityChartsSvg(hand, 'zh-CN');
    expect(zh.radar).toContain('<title>各维度期望与感知</title>');
    expect(zh.gaps).toContain('<title>各维度差距（感知 − 期望）</title>');
    expect(texts(zh.radar, 'axis')).toEqual(['可靠性', '响应性', '保证性', '移情性', '有形性']);
    expect(attr(zh.radar, 'series', 'data-series')).toEqual(['期望', '感知']);
    for (const label of ['可靠性', '响应性', '保证性', '移情性', '有形性'])
      expect(zh.gaps).toContain(`>${label}</text>`);
  });

  it('takes a font list (the PNG fonts)', () => {
    const png = serviceQualityChartsSvg(hand, 'en', { fontFamily: PNG_FONTS.fontFamily });
    expect(png.radar).toContain(`font-family="${PNG_FONTS.fontFamily}"`);
    expect(png.gaps).toContain(`font-family="${PNG_FONTS.fontFamily}"`);
  });

  it('leaves a dimension without a pair of answers off the radar and empty in the bars', () => {
    // Empathy's perceptions blanked: its items are there, with no pair.
    const rows = handSurveyLong().map((r, i) =>
      i > 0 && r[1] === 'Empathy' ? [...r.slice(0, 4), null] : r,
    );
    const q = qualityOf(withSurvey(rows));
    const { radar: r, gaps: g } = serviceQualityChartsSvg(q, 'en');
    expect(texts(r, 'axis')).toEqual(['Reliability', 'Responsiveness', 'Assurance', 'Tangibles']);
    expect(attr(g, 'bar', 'x')).toHaveLength(4);
    expect(g).toContain('>Empathy</text>');
    expect(g).toContain(`height="${gapBarChartHeight(5)}"`);
  });

  it('draws on the survey’s own scale (Policy LikertMin–LikertMax)', () => {
    const rows = handSurveyLong().map((r, i) =>
      i === 0 ? r : [...r.slice(0, 3), Number(r[3]) - 1, Number(r[4]) - 1],
    );
    const policy: Rows = [...analysisPolicy(), ['LikertMin', 0], ['LikertMax', 10]];
    const q = qualityOf(withSurvey(rows, policy));
    expect(q.scale).toEqual({ min: 0, max: 10 });
    const { radar: r } = serviceQualityChartsSvg(q, 'en');
    // Rings at 1 … 10; reliability's expectation 5.5 of 10.
    expect(attr(r, 'ring', 'points')).toHaveLength(10);
    expect(attr(r, 'series', 'points')[0]?.split(' ')[0]).toBe(xy(radarPoint(0, 5, 0.55)));
  });
});

describe('signedFigure', () => {
  it.each([
    [-1.43046875, 2, '−1.43'],
    [0.08984375, 2, '+0.09'],
    [0, 2, '0.00'],
    [-0.001, 2, '0.00'],
    [72.54, 1, '+72.5'],
  ])('%d to %d decimals is %s', (v, digits, text) => {
    expect(signedFigure(v, digits)).toBe(text);
  });
});
