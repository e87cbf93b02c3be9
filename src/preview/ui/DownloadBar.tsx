import {
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Spinner,
  ToolbarButton,
} from '@fluentui/react-components';
import { useState, type ReactElement } from 'react';
import type { Lang } from '../../core/i18n/lang';
import { errorMessage } from '../../taskpane/shared/errorMessage';
import type { PreviewWorkbook } from '../previewWorkbook';
import { downloadFileName } from './downloadFileName';
import { DownloadIcon } from './previewIcons';
import {
  ORG_CHART_DOWNLOAD_KINDS,
  SURVEY_DOWNLOAD_KINDS,
  type DownloadKind,
  type PreviewStrings,
  type SurveyDownloadKind,
} from './previewStrings';
import { bytesBlob, MIME } from './saveFile';

/** Props of the download buttons. */
export interface DownloadBarProps {
  readonly workbook: PreviewWorkbook;
  /** The page's language: outputs follow the pane's saved language, else this one. */
  readonly lang: Lang;
  readonly text: PreviewStrings;
  /** Whether the workbook has a survey: then a menu offers its charts. */
  readonly hasSurvey?: boolean;
  /** Draw an SVG as PNG bytes at 2× (on a canvas in the page). */
  readonly rasterize: (svg: string) => Promise<Uint8Array>;
  /** Hand a file to the browser's downloads (saveFile). */
  readonly save: (blob: Blob, fileName: string) => void;
  readonly onError: (title: string, message: string) => void;
}

/** Which chart, and whether as PNG, each survey download is. */
const SURVEY_CHART: Readonly<
  Record<SurveyDownloadKind, { readonly chart: 'radar' | 'gaps'; readonly png: boolean }>
> = {
  surveyRadarSvg: { chart: 'radar', png: false },
  surveyRadarPng: { chart: 'radar', png: true },
  surveyGapsSvg: { chart: 'gaps', png: false },
  surveyGapsPng: { chart: 'gaps', png: true },
};

/**
 * The downloads: a button for the workbook as it now is, an "Org chart" menu (SVG or PNG), a
 * button for the job descriptions as Word and, when the workbook has a survey, a "Survey
 * charts" menu of its radar and gap charts (SVG or PNG); each with a spinner while it works
 * (a menu's on its button); a failure becomes a notice. They are toolbar buttons: the caller puts them in its Toolbar.
 */
export function DownloadBar({
  workbook,
  lang,
  text,
  hasSurvey = false,
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
      case 'surveyRadarSvg':
      case 'surveyRadarPng':
      case 'surveyGapsSvg':
      case 'surveyGapsPng': {
        const charts = await workbook.serviceQualitySvgs(await outputLang());
        if (charts === null) throw new Error(text.noSurvey);
        const { chart, png } = SURVEY_CHART[kind];
        return png
          ? bytesBlob(await rasterize(charts[chart]), MIME.png)
          : new Blob([charts[chart]], { type: MIME.svg });
      }
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

  const button = (kind: DownloadKind): ReactElement => {
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
  };
  const menu = (label: string, kinds: readonly DownloadKind[]): ReactElement => {
    const working = kinds.some((kind) => busy.has(kind));
    return (
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <ToolbarButton
            appearance="subtle"
            icon={working ? <Spinner size="extra-tiny" /> : <DownloadIcon />}
            aria-busy={working || undefined}
          >
            {label}
          </ToolbarButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {kinds.map((kind) => (
              <MenuItem key={kind} disabled={busy.has(kind)} onClick={() => void run(kind)}>
                {text.downloads[kind]}
              </MenuItem>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
    );
  };
  return (
    <>
      {button('workbook')}
      {menu(text.orgChartMenu, ORG_CHART_DOWNLOAD_KINDS)}
      {button('jobDescriptions')}
      {hasSurvey && menu(text.surveyCharts, SURVEY_DOWNLOAD_KINDS)}
    </>
  );
}
