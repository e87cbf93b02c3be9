import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { errorMessage } from '../shared/errorMessage';
import { paneStrings, type PaneLang } from '../strings';
import {
  DEFAULT_PANE_SETTINGS,
  type PaneSettings,
  type WorkbookPort,
  type WorkbookSnapshot,
} from '../workbookPort';
import { useNotices, type Notices } from './useNotices';

/** What a port call gave: its value, or (after the error was shown) that it failed. */
export type Attempt<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };

/** Everything the pane's sections share: the port, the language, the last snapshot, notices. */
export interface PaneController extends Notices {
  readonly port: WorkbookPort;
  /** Office's display language. */
  readonly hostLang: PaneLang;
  /** The pane's language: the settings' override, else Office's. */
  readonly lang: PaneLang;
  readonly settings: PaneSettings;
  /** The settings were read from the workbook (or reading them failed). */
  readonly settingsLoaded: boolean;
  /** The last audit of the workbook, once one succeeded. */
  readonly snapshot: WorkbookSnapshot | undefined;
  /** Language the snapshot's messages were written in. */
  readonly snapshotLang: PaneLang | undefined;
  /** A snapshot is being taken. */
  readonly checking: boolean;
  /** Read and audit the workbook again. */
  readonly refresh: () => Promise<Attempt<WorkbookSnapshot>>;
  /** Run a port call; when it rejects, show its message in an error notice titled `failure`. */
  readonly attempt: <T>(failure: string, call: () => Promise<T>) => Promise<Attempt<T>>;
  /** Use settings just saved (language and policy). */
  readonly applySettings: (settings: PaneSettings) => void;
}

/**
 * The pane's state: loads the settings saved in the workbook, then takes a snapshot, and
 * again whenever the language changes (so findings come in that language). Every rejected
 * port call becomes an error notice with the error's message.
 */
export function usePaneController(port: WorkbookPort, hostLang: PaneLang): PaneController {
  const notices = useNotices();
  const { notify } = notices;
  const [settings, setSettings] = useState<PaneSettings>(DEFAULT_PANE_SETTINGS);
  const [settingsLoaded, setSettingsLoaded] = useState(false);
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot>();
  const [snapshotLang, setSnapshotLang] = useState<PaneLang>();
  const [pending, setPending] = useState(0);
  const latest = useRef(0);
  const lang: PaneLang = settings.lang === 'auto' ? hostLang : settings.lang;

  const attempt = useCallback(
    async <T>(failure: string, call: () => Promise<T>): Promise<Attempt<T>> => {
      try {
        return { ok: true, value: await call() };
      } catch (error) {
        notify({ intent: 'error', title: failure, body: errorMessage(error) });
        return { ok: false };
      }
    },
    [notify],
  );

  const refresh = useCallback(async (): Promise<Attempt<WorkbookSnapshot>> => {
    const request = ++latest.current;
    setPending((n) => n + 1);
    try {
      const result = await attempt(paneStrings(lang).failed.check, () => port.snapshot({ lang }));
      // A later request's snapshot wins, whichever answers first.
      if (result.ok && request === latest.current) {
        setSnapshot(result.value);
        setSnapshotLang(lang);
      }
      return result;
    } finally {
      setPending((n) => n - 1);
    }
  }, [attempt, port, lang]);

  useEffect(() => {
    let live = true;
    void attempt(paneStrings(hostLang).failed.loadSettings, () => port.loadSettings()).then(
      (result) => {
        if (!live) return;
        if (result.ok) setSettings(result.value);
        setSettingsLoaded(true);
      },
    );
    return () => {
      live = false;
    };
  }, [attempt, port, hostLang]);

  useEffect(() => {
    if (settingsLoaded) void refresh();
  }, [settingsLoaded, refresh]);

  return useMemo(
    () => ({
      ...notices,
      port,
      hostLang,
      lang,
      settings,
      settingsLoaded,
      snapshot,
      snapshotLang,
      checking: pending > 0,
      refresh,
      attempt,
      applySettings: setSettings,
    }),
    [
      notices,
      port,
      hostLang,
      lang,
      settings,
      settingsLoaded,
      snapshot,
      snapshotLang,
      pending,
      refresh,
      attempt,
    ],
  );
}
