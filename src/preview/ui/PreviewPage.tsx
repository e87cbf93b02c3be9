import {
  AriaLiveAnnouncer,
  FluentProvider,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState, type ReactElement } from 'react';
import type { Lang } from '../../core/i18n/lang';
import { NoticeList } from '../../taskpane/shell/NoticeList';
import { useNotices } from '../../taskpane/shell/useNotices';
import { errorMessage } from '../../taskpane/shared/errorMessage';
import type { OpenOptions } from '../openPreviewWorkbook';
import type { PreviewWorkbook } from '../previewWorkbook';
import { isWorkbookFileName } from './downloadFileName';
import { PreviewErrorBoundary } from './PreviewErrorBoundary';
import { previewStrings } from './previewStrings';
import { readFileBytes } from './readFileBytes';
import { saveFile } from './saveFile';
import type { SelectionRequest } from './SheetArea';
import { StartScreen } from './StartScreen';
import { usePrefersDark } from './usePrefersDark';
import { usePreviewStyles } from './usePreviewStyles.styles';
import { lazyWorkbookOpener, type WorkbookOpener } from './workbookOpener';
import { WorkbookView } from './WorkbookView';

/** Props of the preview page. */
export interface PreviewPageProps {
  /** Language of the page and of the pane. */
  readonly lang: Lang;
  /** Whether the browser asked for a dark theme when the page loaded (followed as it changes). */
  readonly dark: boolean;
  /** How workbooks are opened (default: the lazily loaded exceljs-backed module). */
  readonly opener?: WorkbookOpener;
  /** How the org chart becomes PNG bytes (default: drawn at 2× on a canvas in this page). */
  readonly rasterize?: (svg: string) => Promise<Uint8Array>;
  /** How a file is handed to the browser's downloads (default: an object URL and a link). */
  readonly save?: (blob: Blob, fileName: string) => void;
}

/** PNG pixels per SVG pixel of the downloaded org chart (as `service-org chart --png`). */
const PNG_SCALE = 2;

/** The org chart's PNG, drawn by the preview's canvas renderer (loaded with the workbook code). */
const chartPng = async (svg: string): Promise<Uint8Array> =>
  (await import('../browserFileHost')).svgToPng(svg, PNG_SCALE);

type PageState =
  | { readonly kind: 'start'; readonly busy?: string }
  | { readonly kind: 'open'; readonly workbook: PreviewWorkbook };

/** Keep a file dropped outside the drop zone from replacing the page (and the work in it). */
function useNoStrayDrops(): void {
  useEffect(() => {
    const stop = (event: DragEvent) => {
      if (Array.from(event.dataTransfer?.types ?? []).includes('Files')) event.preventDefault();
    };
    window.addEventListener('dragover', stop);
    window.addEventListener('drop', stop);
    return () => {
      window.removeEventListener('dragover', stop);
      window.removeEventListener('drop', stop);
    };
  }, []);
}

/**
 * The browser preview: a start screen that opens an .xlsx (or the example) held in the page,
 * then the task pane on it beside a read-only view of its sheets, with downloads. Every
 * failure is a notice on the page; a bug shows its message instead of a blank page.
 */
export function PreviewPage({
  lang,
  dark: darkAtLoad,
  opener = lazyWorkbookOpener,
  rasterize = chartPng,
  save = saveFile,
}: PreviewPageProps): ReactElement {
  const dark = usePrefersDark(darkAtLoad);
  const styles = usePreviewStyles();
  const text = previewStrings(lang);
  const { notices, notify, dismiss, clear } = useNotices();
  const [state, setState] = useState<PageState>({ kind: 'start' });
  const [request, setRequest] = useState<SelectionRequest>();
  useNoStrayDrops();

  const onError = useCallback(
    (title: string, body: string) => notify({ intent: 'error', title, body }),
    [notify],
  );
  const options = useMemo<OpenOptions>(
    () => ({
      onSelectCell: (sheet, a1) => setRequest((r) => ({ sheet, a1, seq: (r?.seq ?? 0) + 1 })),
    }),
    [],
  );

  const open = async (busy: string, failure: string, load: () => Promise<PreviewWorkbook>) => {
    setState({ kind: 'start', busy });
    try {
      const workbook = await load();
      clear();
      setRequest(undefined);
      setState({ kind: 'open', workbook });
    } catch (error) {
      onError(failure, errorMessage(error));
      setState({ kind: 'start' });
    }
  };
  const openFile = (file: File) => {
    if (!isWorkbookFileName(file.name)) {
      onError(text.failed.open, text.wrongType(file.name));
      return;
    }
    void open(text.opening(file.name), text.failed.open, async () =>
      opener.openFile(await readFileBytes(file), file.name, options),
    );
  };
  const openExample = () =>
    void open(text.openingExample, text.failed.example, () => opener.openExample(lang, options));
  const close = useCallback(() => setState({ kind: 'start' }), []);

  const messages =
    notices.length === 0 ? null : (
      <NoticeList
        notices={notices}
        onDismiss={dismiss}
        label={text.noticesLabel}
        dismissLabel={text.dismiss}
      />
    );

  return (
    // The page's ground is a div inside the provider, not the provider's own className: Fluent
    // gives a portal's mount node (a menu's, a tooltip's) the provider's classes, and a
    // full-height background there would cover the page while a menu is open.
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <div className={styles.provider}>
        <AriaLiveAnnouncer>
          <PreviewErrorBoundary
            title={text.failed.page}
            startAgain={text.startAgain}
            onReset={close}
          >
            {state.kind === 'open' ? (
              <WorkbookView
                workbook={state.workbook}
                lang={lang}
                dark={dark}
                text={text}
                request={request}
                messages={messages}
                rasterize={rasterize}
                save={save}
                onError={onError}
                onClose={close}
              />
            ) : (
              <StartScreen
                text={text}
                busy={state.busy}
                messages={messages}
                onFile={openFile}
                onExample={openExample}
              />
            )}
          </PreviewErrorBoundary>
        </AriaLiveAnnouncer>
      </div>
    </FluentProvider>
  );
}
