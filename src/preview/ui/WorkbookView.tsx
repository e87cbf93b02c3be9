import { Toolbar, ToolbarButton, ToolbarDivider } from '@fluentui/react-components';
import { useCallback, useMemo, useState, type ReactElement, type ReactNode } from 'react';
import type { Lang } from '../../core/i18n/lang';
import type { WorkbookSnapshot } from '../../core/port/workbookPort';
import { App } from '../../taskpane/App';
import type { PreviewWorkbook } from '../previewWorkbook';
import { DownloadBar } from './DownloadBar';
import { BackIcon } from './previewIcons';
import type { PreviewStrings } from './previewStrings';
import type { SelectionRequest } from './SheetArea';
import { SheetArea } from './SheetArea';
import { usePreviewStyles } from './usePreviewStyles.styles';
import { watchPort } from './watchPort';

/** Props of the page once a workbook is open. */
export interface WorkbookViewProps {
  readonly workbook: PreviewWorkbook;
  readonly lang: Lang;
  readonly dark: boolean;
  readonly text: PreviewStrings;
  /** The pane's latest `selectCell` on this workbook. */
  readonly request: SelectionRequest | undefined;
  /** The page's notices. */
  readonly messages: ReactNode;
  readonly rasterize: (svg: string) => Promise<Uint8Array>;
  readonly save: (blob: Blob, fileName: string) => void;
  readonly onError: (title: string, message: string) => void;
  /** Back to the start screen. */
  readonly onClose: () => void;
}

/**
 * A workbook open in the page: a bar with its name, the downloads and "Open another
 * workbook"; below it the task pane (the same App as in Excel, on this workbook) and the grid
 * of its sheets, which reads them again whenever the pane has written some.
 */
export function WorkbookView({
  workbook,
  lang,
  dark,
  text,
  request,
  messages,
  rasterize,
  save,
  onError,
  onClose,
}: WorkbookViewProps): ReactElement {
  const styles = usePreviewStyles();
  const [revision, setRevision] = useState(0);
  const sheetsChanged = useCallback(() => setRevision((r) => r + 1), []);
  // Whether the pane's latest snapshot of this workbook found a survey: the survey charts'
  // menu shows then.
  const [surveyIn, setSurveyIn] = useState<PreviewWorkbook>();
  const port = useMemo(
    () =>
      watchPort(workbook, sheetsChanged, (snapshot: WorkbookSnapshot) =>
        setSurveyIn(snapshot.audit.serviceQuality === undefined ? undefined : workbook),
      ),
    [workbook, sheetsChanged],
  );
  const hasSurvey = surveyIn === workbook;

  return (
    <div className={styles.workbookPage}>
      <header className={styles.banner}>
        <span className={styles.tag}>{text.previewTag}</span>
        <span className={styles.fileName} title={workbook.fileName}>
          {workbook.fileName}
        </span>
        <Toolbar aria-label={text.toolbarLabel} className={styles.toolbar} size="small">
          <DownloadBar
            workbook={workbook}
            lang={lang}
            text={text}
            hasSurvey={hasSurvey}
            rasterize={rasterize}
            save={save}
            onError={onError}
          />
          <ToolbarDivider />
          <ToolbarButton icon={<BackIcon />} onClick={onClose}>
            {text.openAnother}
          </ToolbarButton>
        </Toolbar>
      </header>
      {messages && <div className={styles.messages}>{messages}</div>}
      <div className={styles.columns}>
        <div className={styles.paneColumn}>
          <App port={port} hostLang={lang} dark={dark} />
        </div>
        <section className={styles.sheetColumn} aria-label={text.workbookRegion(workbook.fileName)}>
          <SheetArea
            workbook={workbook}
            revision={revision}
            request={request}
            text={text}
            onError={onError}
          />
        </section>
      </div>
    </div>
  );
}
