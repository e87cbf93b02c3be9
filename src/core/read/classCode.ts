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
  // Matrices repeat a handful of codes a million times: remember each spelling once.
  const seen = new Map<string, ResponsibilityClass | undefined>();
  return (code) => {
    if (seen.has(code)) return seen.get(code);
    const cls = table.get(norm(code));
    if (seen.size < 10_000) seen.set(code, cls);
    return cls;
  };
}

export const parseClassCode = classCodeMatcher();
