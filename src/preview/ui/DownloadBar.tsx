import { Spinner, ToolbarButton } from '@fluentui/react-components';
import { useState, type ReactElement } from 'react';
import type { Lang } from '../../core/i18n/lang';
import { errorMessage } from '../../taskpane/shared/errorMessage';
import type { PreviewWorkbook } from '../previewWorkbook';
import { downloadFileName } from './downloadFileName';
import { DownloadIcon } from './previewIcons';
import { DOWNLOAD_KINDS, type DownloadKind, type PreviewStrings } from './previewStrings';
import { bytesBlob, MIME } from './saveFile';

/** Props of the download buttons. */
export interface DownloadBarProps {
  readonly workbook: PreviewWorkbook;
  /** The page's language: outputs follow the pane's saved language, else this one. */
  readonly lang: Lang;
  readonly text: PreviewStrings;
  /** Draw an SVG as PNG bytes at 2× (on a canvas in the page). */
  readonly rasterize: (svg: string) => Promise<Uint8Array>;
  /** Hand a file to the browser's downloads (saveFile). */
  readonly save: (blob: Blob, fileName: string) => void;
  readonly onError: (title: string, message: string) => void;
}

/**
 * One button per download — the workbook as it now is, the org chart as SVG or PNG, the job
 * descriptions as Word — each with a spinner while it works; a failure becomes a notice.
 * They are toolbar buttons: the caller puts them in its Toolbar.
 */
export function DownloadBar({
  workbook,
  lang,
  text,
  rasterize,
  save,
  onError,
}: DownloadBarProps): ReactElement {
  const [busy, setBusy] = useState<ReadonlySet<DownloadKind>>(new Set());

  /** The language the pane writes in: its saved setting, else the page's. */
  const outputLang = async (): Promise<Lang> => {
    try {
      const settings = await workbook.loadSettings();
      return settings.lang === 'auto' ? lang : settings.lang;
    } catch {
      return lang;
    }
  };

  const make = async (kind: DownloadKind): Promise<Blob> => {
    switch (kind) {
      case 'workbook':
        return bytesBlob(await workbook.download(), MIME.xlsx);
      case 'chartSvg':
        return new Blob([await workbook.chartSvg(await outputLang())], { type: MIME.svg });
      case 'chartPng':
        return bytesBlob(await rasterize(await workbook.chartSvg(await outputLang())), MIME.png);
      case 'jobDescriptions':
        return bytesBlob(await workbook.jobDescriptionsDocx(await outputLang()), MIME.docx);
    }
  };

  const run = async (kind: DownloadKind): Promise<void> => {
    setBusy((set) => new Set(set).add(kind));
    try {
      const blob = await make(kind);
      save(blob, downloadFileName(kind, workbook.fileName, text.fileNameWords));
    } catch (error) {
      onError(text.failed.download[kind], errorMessage(error));
    } finally {
      setBusy((set) => {
        const next = new Set(set);
        next.delete(kind);
        return next;
      });
    }
  };

  return (
    <>
      {DOWNLOAD_KINDS.map((kind) => {
        const working = busy.has(kind);
        return (
          <ToolbarButton
            key={kind}
            appearance={kind === 'workbook' ? 'primary' : 'subtle'}
            icon={working ? <Spinner size="extra-tiny" /> : <DownloadIcon />}
            disabledFocusable={working}
            aria-busy={working || undefined}
            onClick={() => void run(kind)}
          >
            {text.downloads[kind]}
          </ToolbarButton>
        );
      })}
    </>
  );
}
