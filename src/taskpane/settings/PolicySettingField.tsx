import { Field, Input, Select } from '@fluentui/react-components';
import { memo, type ReactElement } from 'react';
import type { SettingSpec } from '../../core/read/policySettings';
import type { PaneLang } from '../strings';
import type { SettingProblem } from './policyDraft';
import { SETTINGS_STRINGS } from './settingsStrings';

/** Props of one Policy setting's field. */
export interface PolicySettingFieldProps {
  readonly spec: SettingSpec;
  /** What is typed ('' for no override). */
  readonly value: string;
  readonly problem: SettingProblem | undefined;
  readonly lang: PaneLang;
  readonly onChange: (key: string, value: string) => void;
}

/**
 * One Policy setting: its name, what it means and its default; a number box (checked against
 * the setting's bounds, with the reason shown under it) or, for a yes/no setting, a choice
 * that can also be left to the Policy sheet.
 */
export const PolicySettingField = memo(function PolicySettingField({
  spec,
  value,
  problem,
  lang,
  onChange,
}: PolicySettingFieldProps): ReactElement {
  const text = SETTINGS_STRINGS[lang];
  const note = lang === 'zh-CN' ? spec.noteZh : spec.noteEn;
  const shownDefault =
    typeof spec.defaultValue === 'boolean'
      ? spec.defaultValue
        ? text.yes
        : text.no
      : String(spec.defaultValue);
  return (
    <Field
      label={text.settingLabel(spec.key, spec.zh)}
      hint={`${note} ${text.defaultValue(shownDefault)}`}
      validationState={problem ? 'error' : 'none'}
      validationMessage={problem ? text.problem(problem) : undefined}
    >
      {spec.kind === 'boolean' ? (
        <Select value={value} onChange={(_e, data) => onChange(spec.key, data.value)}>
          <option value="">{text.useWorkbook}</option>
          <option value="yes">{text.yes}</option>
          <option value="no">{text.no}</option>
        </Select>
      ) : (
        <Input
          value={value}
          inputMode={spec.kind === 'integer' ? 'numeric' : 'decimal'}
          placeholder={String(spec.defaultValue)}
          onChange={(_e, data) => onChange(spec.key, data.value)}
        />
      )}
    </Field>
  );
});
