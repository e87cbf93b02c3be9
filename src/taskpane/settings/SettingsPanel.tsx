import {
  Button,
  makeStyles,
  Radio,
  RadioGroup,
  Field,
  Spinner,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState, type ReactElement } from 'react';
import { POLICY_SETTINGS } from '../../core/read/policySettings';
import { usePane } from '../shell/paneContext';
import type { PaneSettings } from '../workbookPort';
import { draftFromPolicy, parsePolicyDraft, type PolicyDraft } from './policyDraft';
import { groupSettings } from './policyGroups';
import { PolicySettingField } from './PolicySettingField';
import { SETTINGS_STRINGS } from './settingsStrings';
import { usePanelStyles } from '../shared/usePanelStyles.styles';

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
    border: 'none',
    minWidth: 0,
  },
  legend: { ...typographyStyles.body1Strong, padding: 0, marginBottom: tokens.spacingVerticalS },
  buttons: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    position: 'sticky',
    bottom: 0,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  problem: { ...typographyStyles.caption1, margin: 0, color: tokens.colorPaletteRedForeground1 },
});

type LangChoice = PaneSettings['lang'];
const LANG_CHOICES: readonly LangChoice[] = ['auto', 'en', 'zh-CN'];
const isLangChoice = (v: string): v is LangChoice =>
  (LANG_CHOICES as readonly string[]).includes(v);
const GROUPS = groupSettings(POLICY_SETTINGS);

/**
 * Settings: the language (automatic, English or Chinese) and Policy values that override the
 * Policy sheet, each checked against its bounds as it is typed. "Save" writes them into the
 * workbook (`port.saveSettings`) and checks the workbook again under them.
 */
export function SettingsPanel(): ReactElement {
  const { port, lang, hostLang, settings, attempt, notify, refresh, applySettings } = usePane();
  const styles = useStyles();
  const panel = usePanelStyles();
  const text = SETTINGS_STRINGS[lang];
  const [langChoice, setLangChoice] = useState<LangChoice>(settings.lang);
  const [draft, setDraft] = useState<PolicyDraft>(() => draftFromPolicy(settings.policy));
  const [saving, setSaving] = useState(false);

  // The settings read from the workbook (or just saved) are the starting point.
  useEffect(() => {
    setLangChoice(settings.lang);
    setDraft(draftFromPolicy(settings.policy));
  }, [settings]);

  const { policy, problems } = useMemo(() => parsePolicyDraft(POLICY_SETTINGS, draft), [draft]);
  const change = useCallback(
    (key: string, value: string) => setDraft((d) => ({ ...d, [key]: value })),
    [],
  );

  const save = async (): Promise<void> => {
    const next: PaneSettings = { lang: langChoice, policy };
    setSaving(true);
    const result = await attempt(text.failed, () => port.saveSettings(next));
    setSaving(false);
    if (!result.ok) return;
    const nextLang = next.lang === 'auto' ? hostLang : next.lang;
    const saved = SETTINGS_STRINGS[nextLang];
    notify({ intent: 'success', title: saved.saved, body: saved.savedBody });
    applySettings(next);
    // A new language checks the workbook again by itself; new policy values need a check too.
    if (nextLang === lang) await refresh();
  };

  return (
    <>
      <h2 className={panel.heading}>{text.heading}</h2>
      <p className={panel.intro}>{text.intro}</p>
      <Field label={text.languageLabel}>
        <RadioGroup
          value={langChoice}
          onChange={(_e, data) => {
            if (isLangChoice(data.value)) setLangChoice(data.value);
          }}
        >
          <Radio value="auto" label={text.languageAuto(text.languageNames[hostLang])} />
          <Radio value="en" label={text.languageNames.en} lang="en" />
          <Radio value="zh-CN" label={text.languageNames['zh-CN']} lang="zh-CN" />
        </RadioGroup>
      </Field>
      <h2 className={panel.heading}>{text.policyHeading}</h2>
      <p className={panel.intro}>{text.policyIntro}</p>
      {GROUPS.map(({ group, settings: specs }) => (
        <fieldset key={group} className={styles.group}>
          <legend className={styles.legend}>{text.groups[group]}</legend>
          {specs.map((spec) => (
            <PolicySettingField
              key={spec.key}
              spec={spec}
              value={draft[spec.key] ?? ''}
              problem={problems.get(spec.key)}
              lang={lang}
              onChange={change}
            />
          ))}
        </fieldset>
      ))}
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={saving || problems.size > 0}
          icon={saving ? <Spinner size="extra-tiny" /> : undefined}
          onClick={() => void save()}
        >
          {text.save}
        </Button>
        <Button
          disabled={saving}
          onClick={() => {
            setLangChoice(settings.lang);
            setDraft(draftFromPolicy(settings.policy));
          }}
        >
          {text.reset}
        </Button>
        {problems.size > 0 && <p className={styles.problem}>{text.fixFirst}</p>}
      </div>
    </>
  );
}
