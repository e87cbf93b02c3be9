/** The five outputs the add-in writes, in the order they are generated and listed. */
export type OutputKind =
  'findings' | 'gapSummary' | 'serviceQuality' | 'jobDescriptions' | 'orgChart';

export const OUTPUT_KINDS: readonly OutputKind[] = [
  'findings',
  'gapSummary',
  'serviceQuality',
  'jobDescriptions',
  'orgChart',
];

export const isOutputKind = (v: unknown): v is OutputKind =>
  typeof v === 'string' && (OUTPUT_KINDS as readonly string[]).includes(v);
