/**
 * A signed figure as the survey's reports write it: a true minus sign, a plus for a surplus,
 * `digits` decimals (−1.43, +0.09, 0.00).
 */
export function signedFigure(value: number, digits = 2): string {
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return text;
  return `${value < 0 ? '−' : '+'}${text}`;
}
