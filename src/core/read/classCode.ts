import type { ResponsibilityClass } from '../model/responsibility';

/** The class codes of the contract, matched after NFKC, trimming and lower-casing. */
const BUILT_IN: Readonly<Record<string, ResponsibilityClass>> = {
  p: 'primary',
  primary: 'primary',
  主: 'primary',
  主责: 'primary',
  pa: 'partial',
  partial: 'partial',
  部: 'partial',
  部分: 'partial',
  s: 'support',
  support: 'support',
  支: 'support',
  支持: 'support',
};

const norm = (s: string) => s.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

/** A matcher for class codes: the built-in ones plus any a column mapping adds (e.g. RACI). */
export function classCodeMatcher(
  extra: Readonly<Record<string, ResponsibilityClass>> = {},
): (code: string) => ResponsibilityClass | undefined {
  const table = new Map<string, ResponsibilityClass>(Object.entries(BUILT_IN));
  for (const [k, v] of Object.entries(extra)) table.set(norm(k), v);
  return (code) => table.get(norm(code));
}

export const parseClassCode = classCodeMatcher();
