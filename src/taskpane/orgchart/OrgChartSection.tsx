import { makeStyles, Spinner, tokens, typographyStyles } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, type ReactElement } from 'react';
import { usePane } from '../shell/paneContext';
import { paneStrings } from '../strings';
import type { RoleFilter } from '../validate/findingFilter';
import { ORG_CHART_STRINGS } from './orgChartStrings';

/** The viewer and the layout engine load only when the section is first opened. */
const OrgChartPanel = lazy(() =>
  import('./OrgChartPanel').then((m) => ({ default: m.OrgChartPanel })),
);

const useStyles = makeStyles({
  message: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2 },
});

/** Props of the Org chart section. */
export interface OrgChartSectionProps {
  readonly onShowFindings: (role: RoleFilter) => void;
}

/** The Org chart section: the viewer once there is a snapshot with roles, else why there is none. */
export function OrgChartSection({ onShowFindings }: OrgChartSectionProps): ReactElement {
  const { snapshot, lang, port, attempt, checking } = usePane();
  const styles = useStyles();
  const text = ORG_CHART_STRINGS[lang];
  const selectCell = useCallback(
    (sheet: string, a1: string) =>
      void attempt(paneStrings(lang).failed.selectCell, () => port.selectCell(sheet, a1)),
    [attempt, lang, port],
  );
  if (!snapshot)
    return checking ? (
      <Spinner size="small" label={paneStrings(lang).checking} />
    ) : (
      <p className={styles.message}>{text.notChecked}</p>
    );
  const { organisation, diagnostics } = snapshot.audit;
  if (organisation.roles.length === 0) return <p className={styles.message}>{text.empty}</p>;
  return (
    <Suspense fallback={<Spinner size="small" label={text.loading} />}>
      <OrgChartPanel
        organisation={organisation}
        diagnostics={diagnostics}
        lang={lang}
        onShowFindings={onShowFindings}
        onSelectCell={selectCell}
      />
    </Suspense>
  );
}
