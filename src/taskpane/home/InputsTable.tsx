import {
  Badge,
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { tableLabel, type TableKind } from '../../core/i18n/fieldLabels';
import type { PaneLang } from '../strings';
import type { SurveySource } from '../../core/model/survey';
import type { InputTableStatus } from '../workbookPort';
import { HOME_STRINGS, type HomeStrings } from './homeStrings';

/** The input tables, in the order the pane lists them. */
export const TABLE_KINDS: readonly TableKind[] = ['Roles', 'Responsibilities', 'Policy'];

/** Props of the table of inputs on Home. */
export interface InputsTableProps {
  readonly inputs: readonly InputTableStatus[];
  /** The service-quality survey, when the workbook has one with answers. */
  readonly survey?: { readonly source: SurveySource; readonly respondents: number };
  readonly lang: PaneLang;
}

function whereFound(input: InputTableStatus, text: HomeStrings): string {
  const sheet = input.sheet ?? '';
  if (input.foundBy === 'table') return text.foundByTable(input.table ?? sheet, sheet);
  if (input.foundBy === 'mapping') return text.foundByMapping(sheet);
  return text.foundBySheet(sheet);
}

/** Why it matters that a table is missing. */
function missingReason(kind: TableKind, text: HomeStrings): string {
  if (kind === 'Roles') return text.missingRoles;
  if (kind === 'Responsibilities') return text.missingResponsibilities;
  return text.missingPolicy;
}

/** The badge colour of a missing table: Roles are required, Policy is optional. */
const MISSING_COLOUR = {
  Roles: 'danger',
  Responsibilities: 'warning',
  Policy: 'informative',
} as const;

/**
 * One row per input table: where it was found and how many rows it has, or that it is
 * missing; then the optional Survey.
 */
export function InputsTable({ inputs, survey, lang }: InputsTableProps): ReactElement {
  const text = HOME_STRINGS[lang];
  return (
    <Table size="small" aria-label={text.inputsHeading}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{text.tableColumn}</TableHeaderCell>
          <TableHeaderCell>{text.foundColumn}</TableHeaderCell>
          <TableHeaderCell>{text.rowsColumn}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {TABLE_KINDS.map((kind) => {
          const input = inputs.find((i) => i.kind === kind && i.foundBy !== undefined);
          const missing = missingReason(kind, text);
          return (
            <TableRow key={kind}>
              <TableCell>{tableLabel(kind, lang)}</TableCell>
              <TableCell>
                {input ? (
                  <TableCellLayout>{whereFound(input, text)}</TableCellLayout>
                ) : (
                  <TableCellLayout description={missing}>
                    <Badge appearance="tint" color={MISSING_COLOUR[kind]}>
                      {text.notFound}
                    </Badge>
                  </TableCellLayout>
                )}
              </TableCell>
              <TableCell>{input ? input.rows.toLocaleString('en') : '—'}</TableCell>
            </TableRow>
          );
        })}
        <TableRow>
          <TableCell>{text.surveyTable}</TableCell>
          <TableCell>
            {survey ? (
              <TableCellLayout description={text.respondents(survey.respondents)}>
                {survey.source.foundBy === 'table'
                  ? text.foundByTable(
                      survey.source.tableName ?? survey.source.sheet,
                      survey.source.sheet,
                    )
                  : text.foundBySheet(survey.source.sheet)}
              </TableCellLayout>
            ) : (
              <TableCellLayout description={text.missingSurvey}>
                <Badge appearance="tint" color="informative">
                  {text.notFound}
                </Badge>
              </TableCellLayout>
            )}
          </TableCell>
          <TableCell>{survey ? survey.source.rows.toLocaleString('en') : '—'}</TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}
