import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIAGNOSTIC_CATALOG, DIAGNOSTIC_CODES } from '../../src/core/i18n/diagnosticCatalog';
import { diagnosticsMarkdown } from '../../src/core/i18n/diagnosticsDoc';

describe('docs/diagnostics.md', () => {
  it('is up to date with the catalog (run `npm run docs:diagnostics`)', () => {
    const doc = readFileSync(path.resolve(__dirname, '../../docs/diagnostics.md'), 'utf8');
    expect(doc).toBe(diagnosticsMarkdown());
  });

  it.each(DIAGNOSTIC_CODES)(
    '%s has a rationale and messages in both languages with the same placeholders',
    (code) => {
      const spec = DIAGNOSTIC_CATALOG[code];
      expect(spec.rationale.length).toBeGreaterThan(20);
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(spec.zh)).toEqual(names(spec.en));
      expect(spec.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(code).toMatch(/^[A-Z]+(_[A-Z0-9]+)+$/);
    },
  );
});
