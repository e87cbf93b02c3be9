import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { OUTPUT_LABELS } from '../shared/outputLabels';
import type { PaneLang } from '../strings';
import { OUTPUT_KINDS, type OutputStatus } from '../workbookPort';
import { HOME_STRINGS } from './homeStrings';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  item: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalS,
  },
  sheet: { color: tokens.colorNeutralForeground3 },
});

/** Props of the list of outputs on Home. */
export interface OutputsListProps {
  readonly outputs: readonly OutputStatus[];
  readonly lang: PaneLang;
}

/** Each output, with the sheet it is on and whether it is up to date, out of date or missing. */
export function OutputsList({ outputs, lang }: OutputsListProps): ReactElement {
  const styles = useStyles();
  const text = HOME_STRINGS[lang];
  return (
    <ul className={styles.list}>
      {OUTPUT_KINDS.map((kind) => {
        const output = outputs.find((o) => o.kind === kind);
        return (
          <li key={kind} className={styles.item}>
            <span>
              {OUTPUT_LABELS[lang][kind]}
              {output && <span className={styles.sheet}> · {text.onSheet(output.sheet)}</span>}
            </span>
            {!output ? (
              <Badge appearance="tint" color="informative">
                {text.outputMissing}
              </Badge>
            ) : output.current ? (
              <Badge appearance="tint" color="success">
                {text.outputCurrent}
              </Badge>
            ) : (
              <Badge appearance="tint" color="warning">
                {text.outputStale}
              </Badge>
            )}
          </li>
        );
      })}
    </ul>
  );
}
