import { LANGS, type Lang } from '../i18n/lang';
import { POLICY_SETTINGS } from './policySettings';

/**
 * The add-in's settings, kept in the workbook so that every co-author sees the same: the
 * pane's language and Policy values that override the Policy sheet's.
 */
export interface PaneSettings {
  /** `auto`: Office's display language. */
  readonly lang: 'auto' | Lang;
  /** Policy values overriding the Policy sheet's, by setting key (e.g. `MaxSpan`). */
  readonly policy: Readonly<Record<string, number | boolean>>;
}

export const DEFAULT_PANE_SETTINGS: PaneSettings = { lang: 'auto', policy: {} };

export interface PaneSettingsParse {
  readonly settings: PaneSettings;
  /** What was dropped and why (unknown keys, values out of range). */
  readonly problems: readonly string[];
}

/**
 * Read settings saved in a workbook, keeping what is valid: a known language, and Policy
 * values of known settings, of the right kind and within their bounds.
 */
export function parsePaneSettings(json: unknown): PaneSettingsParse {
  const problems: string[] = [];
  if (json === undefined || json === null) return { settings: DEFAULT_PANE_SETTINGS, problems };
  if (typeof json !== 'object' || Array.isArray(json))
    return { settings: DEFAULT_PANE_SETTINGS, problems: ['settings are not an object'] };
  const o = json as { lang?: unknown; policy?: unknown };
  let lang: PaneSettings['lang'] = 'auto';
  if (o.lang === 'auto' || (LANGS as readonly unknown[]).includes(o.lang))
    lang = o.lang as PaneSettings['lang'];
  else if (o.lang !== undefined) problems.push(`unknown language ${JSON.stringify(o.lang)}`);
  const policy: Record<string, number | boolean> = {};
  if (o.policy !== undefined && (typeof o.policy !== 'object' || o.policy === null))
    problems.push('policy is not an object');
  else
    for (const [key, value] of Object.entries((o.policy ?? {}) as Record<string, unknown>)) {
      const problem = policyValueProblem(key, value);
      if (problem) problems.push(problem);
      else policy[key] = value as number | boolean;
    }
  return { settings: { lang, policy }, problems };
}

/** Why a Policy override cannot be kept, or undefined when it can. */
export function policyValueProblem(key: string, value: unknown): string | undefined {
  const spec = POLICY_SETTINGS.find((s) => s.key === key);
  if (!spec) return `unknown setting ${key}`;
  if (spec.kind === 'boolean')
    return typeof value === 'boolean' ? undefined : `${key} must be true or false`;
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${key} must be a number`;
  if (spec.kind === 'integer' && !Number.isInteger(value)) return `${key} must be a whole number`;
  if (value < spec.min || value > spec.max)
    return `${key} must be between ${spec.min} and ${spec.max}`;
  return undefined;
}

/** What is wrong with settings about to be saved (each Policy override's problem); empty when fine. */
export function paneSettingsProblems(settings: PaneSettings): string[] {
  return Object.entries(settings.policy)
    .map(([key, value]) => policyValueProblem(key, value))
    .filter((p): p is string => p !== undefined);
}
