import {
  Field,
  Input,
  makeStyles,
  Select,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { fieldLabel, type FieldName, type TableKind } from '../../core/i18n/fieldLabels';
import type { PaneLang } from '../strings';
import type { SheetHeaders } from '../workbookPort';
import { duplicateHeaders } from './buildColumnMapping';
import {
  headerChoices,
  headerRowChoices,
  headerRowOf,
  rowPreview,
  sheetsMatching,
} from './headerChoices';
import { MAPPING_STRINGS } from './mappingStrings';
import {
  AUTO_HEADER_ROW,
  EMPTY_DRAFT,
  mappableFields,
  type ResponsibilityForm,
  type SourceDraft,
} from './sourceDraft';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  // Field is a grid: a select whose longest option (a header row's preview) is wide
  // would otherwise push past the dialog's edge instead of cutting the option short.
  select: { minWidth: 0 },
  note: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2 },
  heading: { ...typographyStyles.subtitle2, margin: `${tokens.spacingVerticalS} 0 0` },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))',
    gap: tokens.spacingHorizontalS,
  },
});

/** Props of the editor of one table's source. */
export interface SourceMappingEditorProps {
  readonly kind: TableKind;
  readonly draft: SourceDraft;
  readonly sheets: readonly SheetHeaders[];
  readonly lang: PaneLang;
  /** Sheets or patterns of the saved mapping's further sources for this table, kept on save. */
  readonly further: readonly string[];
  readonly onChange: (draft: SourceDraft) => void;
}

const FORMS: readonly ResponsibilityForm[] = ['auto', 'matrix', 'long'];

/**
 * One table's mapping: its sheet, its header row (each shown with its first headers), and
 * for each field of the table the header that holds it; for Roles the top-of-tree codes, for
 * Responsibilities the layout. Changing the sheet or the header row resets the columns.
 * A saved sheet name that is not a sheet here (a `*` pattern, or a sheet since renamed)
 * stays choosable, saying how many sheets it matches; its headers come from the first.
 */
export function SourceMappingEditor({
  kind,
  draft,
  sheets,
  lang,
  further,
  onChange,
}: SourceMappingEditorProps): ReactElement {
  const styles = useStyles();
  const text = MAPPING_STRINGS[lang];
  const matching = sheetsMatching(sheets, draft.sheet);
  const sheet = matching[0];
  const saved = draft.sheet !== '' && !sheets.some((s) => s.sheet === draft.sheet);
  const headerRow = headerRowOf(kind, sheet, draft);
  const headers = headerChoices(sheet, headerRow);
  const duplicates = duplicateHeaders(kind, draft);
  const formLabel = { auto: text.formAuto, matrix: text.formMatrix, long: text.formLong };

  const setColumn = (field: FieldName, header: string) => {
    const columns = { ...draft.columns };
    if (header === '') delete columns[field];
    else columns[field] = header;
    onChange({ ...draft, columns });
  };

  return (
    <div className={styles.root}>
      <Field label={text.sheet}>
        <Select
          className={styles.select}
          value={draft.sheet}
          onChange={(_e, data) =>
            onChange(data.value === '' ? EMPTY_DRAFT : { ...EMPTY_DRAFT, sheet: data.value })
          }
        >
          <option value="">{text.notMapped}</option>
          {saved && (
            <option value={draft.sheet}>{text.sheetPattern(draft.sheet, matching.length)}</option>
          )}
          {sheets.map((s) => (
            <option key={s.sheet} value={s.sheet}>
              {s.sheet}
            </option>
          ))}
        </Select>
      </Field>
      {draft.sheet !== '' && (
        <>
          <Field label={text.headerRow}>
            <Select
              className={styles.select}
              value={String(draft.headerRow)}
              onChange={(_e, data) =>
                onChange({ ...draft, headerRow: Number(data.value), columns: {} })
              }
            >
              <option value={String(AUTO_HEADER_ROW)}>
                {text.headerRowAuto(headerRow, rowPreview(sheet, headerRow) || text.emptyRow)}
              </option>
              {headerRowChoices(sheet).map((row) => (
                <option key={row} value={String(row)}>
                  {text.headerRowOption(row, rowPreview(sheet, row) || text.emptyRow)}
                </option>
              ))}
            </Select>
          </Field>
          {kind === 'Responsibilities' && (
            <Field label={text.form}>
              <Select
                className={styles.select}
                value={draft.form}
                onChange={(_e, data) =>
                  onChange({ ...draft, form: data.value as ResponsibilityForm })
                }
              >
                {FORMS.map((form) => (
                  <option key={form} value={form}>
                    {formLabel[form]}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {kind === 'Roles' && (
            <Field label={text.rootCodes} hint={text.rootCodesHint}>
              <Input
                value={draft.rootCodes}
                onChange={(_e, data) => onChange({ ...draft, rootCodes: data.value })}
              />
            </Field>
          )}
          {further.length > 0 && (
            <p className={styles.note}>{text.furtherSources(further.join(', '))}</p>
          )}
          <h3 className={styles.heading}>{text.columnsHeading}</h3>
          <div className={styles.columns}>
            {mappableFields(kind, draft.form).map((field) => {
              const first = duplicates.get(field);
              const value = draft.columns[field] ?? '';
              return (
                <Field
                  key={field}
                  label={fieldLabel(field, lang)}
                  validationState={first ? 'error' : 'none'}
                  validationMessage={
                    first ? text.duplicate(value, fieldLabel(first, lang)) : undefined
                  }
                >
                  <Select
                    className={styles.select}
                    value={value}
                    onChange={(_e, data) => setColumn(field, data.value)}
                  >
                    <option value="">{text.automatic}</option>
                    {headers.map((header) => (
                      <option key={header} value={header}>
                        {header}
                      </option>
                    ))}
                  </Select>
                </Field>
              );
            })}
          </div>
        </>
      )}
    </div>
  );
}
