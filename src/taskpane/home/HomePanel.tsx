import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  useId,
} from '@fluentui/react-components';
import { lazy, Suspense, useState, type ReactElement } from 'react';
import { usePane } from '../shell/paneContext';
import { RefreshIcon } from '../shared/icons';
import { paneStrings, type PaneTab } from '../strings';
import type { SheetsAdded } from '../workbookPort';
import { HOME_STRINGS } from './homeStrings';
import { signedFigure } from '../../core/render/signedFigure';
import { InputsTable } from './InputsTable';
import { OutputsList } from './OutputsList';
import { useHomeStyles } from './useHomeStyles.styles';
import { usePanelStyles } from '../shared/usePanelStyles.styles';

const MappingDialog = lazy(() =>
  import('../mapping/MappingDialog').then((m) => ({ default: m.MappingDialog })),
);

/** Props of the Home section. */
export interface HomePanelProps {
  /** Open another section (Validate, Generate). */
  readonly onOpen: (tab: PaneTab) => void;
}

type HomeAction = 'template' | 'example' | 'clear';

/**
 * Home: which inputs were found and how, the column mapping, a summary of the audit, the
 * outputs and whether they are out of date; and the workbook actions (check again, create a
 * template, insert the example, map columns).
 */
export function HomePanel({ onOpen }: HomePanelProps): ReactElement {
  const pane = usePane();
  const { port, lang, snapshot, attempt, notify, refresh } = pane;
  const styles = useHomeStyles();
  const panel = usePanelStyles();
  const text = HOME_STRINGS[lang];
  const [busy, setBusy] = useState<HomeAction>();
  const [mapping, setMapping] = useState(false);
  const id = useId('sod-home');

  const addSheets = async (action: 'template' | 'example'): Promise<void> => {
    setBusy(action);
    const template = action === 'template';
    const result = await attempt<SheetsAdded>(
      template ? text.failed.createTemplate : text.failed.insertExample,
      () => (template ? port.createTemplate(lang) : port.insertExample(lang)),
    );
    if (result.ok) {
      notify({
        intent: 'success',
        title: template ? text.templateAdded : text.exampleAdded,
        body: text.sheetsAdded(result.value.sheets),
      });
      await refresh();
    }
    setBusy(undefined);
  };

  const clearMapping = async (): Promise<void> => {
    setBusy('clear');
    const result = await attempt(text.failed.clearMapping, () => port.saveMapping(null));
    if (result.ok) {
      notify({ intent: 'success', title: text.mappingCleared });
      await refresh();
    }
    setBusy(undefined);
  };

  const working = busy !== undefined;
  const spinnerIf = (action: HomeAction) =>
    busy === action ? <Spinner size="extra-tiny" /> : undefined;
  const summary = snapshot?.audit.summary;
  const quality = snapshot?.audit.serviceQuality;
  const gap = quality?.overall.gap;
  const csi = quality?.overall.csi;
  const stale = snapshot?.outputs.some((o) => !o.current) ?? false;

  return (
    <>
      <p className={panel.intro}>{text.intro}</p>

      <section className={styles.section} aria-labelledby={`${id}-actions`}>
        <h2 id={`${id}-actions`} className={panel.heading}>
          {text.actionsHeading}
        </h2>
        <div className={styles.buttons}>
          <Button
            appearance="primary"
            icon={pane.checking ? <Spinner size="extra-tiny" /> : <RefreshIcon />}
            disabled={pane.checking}
            onClick={() => void refresh()}
          >
            {text.checkWorkbook}
          </Button>
          <Button
            icon={spinnerIf('template')}
            disabled={working}
            onClick={() => void addSheets('template')}
          >
            {text.createTemplate}
          </Button>
          <Button
            icon={spinnerIf('example')}
            disabled={working}
            onClick={() => void addSheets('example')}
          >
            {text.insertExample}
          </Button>
          <Button disabled={working} onClick={() => setMapping(true)}>
            {text.mapColumns}
          </Button>
        </div>
      </section>

      {!snapshot ? (
        pane.checking ? (
          <Spinner size="small" label={paneStrings(lang).checking} />
        ) : (
          <p className={styles.line}>{text.notChecked}</p>
        )
      ) : (
        <>
          <section className={styles.section} aria-labelledby={`${id}-inputs`}>
            <h2 id={`${id}-inputs`} className={panel.heading}>
              {text.inputsHeading}
            </h2>
            <InputsTable
              inputs={snapshot.inputs}
              lang={lang}
              {...(quality ? { survey: quality } : {})}
            />
            <p className={styles.muted}>
              {snapshot.mapping ? text.mappingSaved : text.mappingNone}
            </p>
            {snapshot.mapping && (
              <div className={styles.buttons}>
                <Button
                  icon={spinnerIf('clear')}
                  disabled={working}
                  onClick={() => void clearMapping()}
                >
                  {text.clearMapping}
                </Button>
              </div>
            )}
          </section>

          {summary && summary.roles > 0 && (
            <section className={styles.section} aria-labelledby={`${id}-summary`}>
              <h2 id={`${id}-summary`} className={panel.heading}>
                {text.summaryHeading}
              </h2>
              <p className={styles.line}>
                {text.summary(summary.roles, summary.headcount, summary.functions)}
              </p>
              <p className={styles.line}>
                {text.findingsSummary(summary.errors, summary.warnings, summary.infos)}
              </p>
              {quality &&
                gap !== null &&
                gap !== undefined &&
                csi !== null &&
                csi !== undefined && (
                  <p className={styles.line}>
                    {text.serviceQuality(signedFigure(gap), csi.toFixed(1), quality.respondents)}
                  </p>
                )}
              <div className={styles.buttons}>
                <Button appearance="secondary" onClick={() => onOpen('validate')}>
                  {text.reviewFindings}
                </Button>
              </div>
            </section>
          )}

          <section className={styles.section} aria-labelledby={`${id}-outputs`}>
            <h2 id={`${id}-outputs`} className={panel.heading}>
              {text.outputsHeading}
            </h2>
            {stale && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{text.staleTitle}</MessageBarTitle>
                  {text.staleBody}
                </MessageBarBody>
                <MessageBarActions>
                  <Button size="small" onClick={() => onOpen('generate')}>
                    {text.goToGenerate}
                  </Button>
                </MessageBarActions>
              </MessageBar>
            )}
            <OutputsList outputs={snapshot.outputs} lang={lang} />
          </section>
        </>
      )}

      {mapping && (
        <Suspense fallback={<Spinner size="small" label={paneStrings(lang).loadingPart} />}>
          <MappingDialog onClose={() => setMapping(false)} />
        </Suspense>
      )}
    </>
  );
}
