import { gapBarChartHeight, gapBarChartSvg } from '../../src/core/render/gapBarChartSvg';
import { radarChartSvg, radarPoint } from '../../src/core/render/radarChartSvg';

const attr = (svg: string, cls: string, name: string): string[] =>
  [...svg.matchAll(new RegExp(`class="${cls}"[^>]*?\\s${name}="([^"]*)"`, 'g'))].map(
    (m) => m[1] ?? '',
  );

describe('radarChartSvg', () => {
  const svg = radarChartSvg({
    title: 'Expectation vs perception',
    axes: ['可靠性', 'Responsiveness', 'Assurance', 'Empathy', 'Tangibles'],
    series: [
      { name: 'Expectation', values: [7, 7, 7, 7, 7], color: '#1F4E79' },
      { name: 'Perception', values: [4, undefined, 1, 4, 4], color: '#C55A11' },
    ],
    min: 1,
    max: 7,
  });

  it('draws a ring at each whole step above the centre and a spoke per axis', () => {
    expect(attr(svg, 'ring', 'points')).toHaveLength(6);
    expect(attr(svg, 'spoke', 'x2')).toHaveLength(5);
    expect([...svg.matchAll(/class="axis"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual([
      '可靠性',
      'Responsiveness',
      'Assurance',
      'Empathy',
      'Tangibles',
    ]);
  });

  it('puts the scale’s top on the outer ring and leaves a missing value out', () => {
    const [expectation, perception] = attr(svg, 'series', 'points');
    const top = radarPoint(0, 5, 1);
    expect(expectation?.split(' ')[0]).toBe(`${top.x},${top.y}`);
    // 4 on 1–7 is half way; 1 is the centre; the missing value is skipped.
    const half = radarPoint(0, 5, 0.5);
    expect(perception?.split(' ')).toHaveLength(4);
    expect(perception?.split(' ')[0]).toBe(`${half.x},${Math.round(half.y * 100) / 100}`);
    expect(perception?.split(' ')[1]).toBe('280,250');
  });

  it('escapes text', () => {
    const s = radarChartSvg({
      title: 'A & <B>',
      axes: ['x', 'y', 'z'],
      series: [],
      min: 1,
      max: 7,
    });
    expect(s).toContain('<title>A &amp; &lt;B&gt;</title>');
  });
});

describe('gapBarChartSvg', () => {
  const svg = gapBarChartSvg({
    title: 'Gap (P − E)',
    bars: [
      { label: 'Reliability', value: -1.5 },
      { label: 'Tangibles', value: 0.5 },
      { label: 'Security', value: undefined },
    ],
  });

  it('draws shortfalls red to the left of zero and surpluses green to the right', () => {
    const xs = attr(svg, 'bar', 'x').map(Number);
    const widths = attr(svg, 'bar', 'width').map(Number);
    expect(attr(svg, 'bar', 'fill')).toEqual(['#C50F1F', '#107C10']);
    // The zero line is where the red bar ends and the green one starts.
    expect((xs[0] ?? 0) + (widths[0] ?? 0)).toBeCloseTo(xs[1] ?? NaN, 1);
    // Three times as long: |−1.5| against 0.5.
    expect((widths[0] ?? 0) / (widths[1] ?? 1)).toBeCloseTo(3, 1);
    expect(svg).toContain('>-1.50<');
    expect(svg).toContain('>0.50<');
    expect(svg).toContain(`height="${gapBarChartHeight(3)}"`);
  });
});
