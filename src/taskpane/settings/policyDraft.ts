import type { SettingSpec } from '../../core/read/policySettings';

/** What the user typed for each setting, by key: '' for no override; `yes`/`no` for a switch. */
export type PolicyDraft = Readonly<Record<string, string>>;

/** Why a typed value cannot be saved. */
export type SettingProblem =
  | { readonly kind: 'number' }
  | { readonly kind: 'integer' }
  | { readonly kind: 'range'; readonly min: number; readonly max: number };

/** The draft of saved overrides: numbers as they print, switches as `yes`/`no`. */
export function draftFromPolicy(policy: Readonly<Record<string, number | boolean>>): PolicyDraft {
  const draft: Record<string, string> = {};
  for (const [key, value] of Object.entries(policy))
    draft[key] = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
  return draft;
}

/** One setting's typed value: undefined for no override, else its value or its problem. */
export function parseSetting(
  spec: SettingSpec,
  typed: string | undefined,
): { readonly value: number | boolean } | { readonly problem: SettingProblem } | undefined {
  const text = (typed ?? '').normalize('NFKC').trim();
  if (text === '') return undefined;
  if (spec.kind === 'boolean') return { value: text === 'yes' };
  const value = Number(text);
  if (!Number.isFinite(value)) return { problem: { kind: 'number' } };
  if (spec.kind === 'integer' && !Number.isInteger(value)) return { problem: { kind: 'integer' } };
  if (value < spec.min || value > spec.max)
    return { problem: { kind: 'range', min: spec.min, max: spec.max } };
  return { value };
}

/** The overrides a draft gives, and the problem of each setting that cannot be saved. */
export function parsePolicyDraft(
  specs: readonly SettingSpec[],
  draft: PolicyDraft,
): {
  readonly policy: Readonly<Record<string, number | boolean>>;
  readonly problems: ReadonlyMap<string, SettingProblem>;
} {
  const policy: Record<string, number | boolean> = {};
  const problems = new Map<string, SettingProblem>();
  for (const spec of specs) {
    const parsed = parseSetting(spec, draft[spec.key]);
    if (parsed === undefined) continue;
    if ('problem' in parsed) problems.set(spec.key, parsed.problem);
    else policy[spec.key] = parsed.value;
  }
  return { policy, problems };
}
