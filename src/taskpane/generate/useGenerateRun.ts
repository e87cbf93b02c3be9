import { useCallback, useRef, useState } from 'react';
import { OUTPUT_LABELS } from '../shared/outputLabels';
import { usePane } from '../shell/paneContext';
import type { OutputKind, Progress } from '../workbookPort';
import { GENERATE_STRINGS } from './generateStrings';

/** A generation: whether one is running, where it is, and how to start or cancel it. */
export interface GenerateRun {
  readonly running: boolean;
  /** The last progress reported; undefined before the first. */
  readonly progress: Progress | undefined;
  readonly start: (kinds: readonly OutputKind[]) => Promise<void>;
  /** Abort the running generation (the port leaves the workbook as it was). */
  readonly cancel: () => void;
}

/**
 * Runs `port.generate` with an AbortController and a progress callback; says in a notice
 * which sheets were written, that the run was cancelled, or why it failed; then checks the
 * workbook again so Home shows the outputs as up to date.
 */
export function useGenerateRun(): GenerateRun {
  const { port, lang, notify, refresh, attempt } = usePane();
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<Progress>();
  const controller = useRef<AbortController>();

  const start = useCallback(
    async (kinds: readonly OutputKind[]) => {
      const text = GENERATE_STRINGS[lang];
      const abort = new AbortController();
      controller.current = abort;
      setRunning(true);
      setProgress(undefined);
      let cancelled = false;
      const result = await attempt(text.failed, () =>
        port
          .generate(kinds, { lang, signal: abort.signal, onProgress: setProgress })
          .catch((error: unknown) => {
            // A run stopped by Cancel is no failure: say so instead of showing an error.
            if (!abort.signal.aborted) throw error;
            cancelled = true;
            return undefined;
          }),
      );
      controller.current = undefined;
      setRunning(false);
      if (cancelled) {
        notify({ intent: 'info', title: text.cancelledTitle, body: text.cancelledBody });
        return;
      }
      if (!result.ok || !result.value) return;
      const items = result.value.written.map((w) => ({
        label: OUTPUT_LABELS[lang][w.kind],
        sheet: w.sheet,
      }));
      notify({ intent: 'success', title: text.doneTitle, body: text.written(items) });
      await refresh();
    },
    [attempt, lang, notify, port, refresh],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { running, progress, start, cancel };
}
