import { useCallback, useMemo, useRef, useState } from 'react';

/** How a notice looks: Fluent MessageBar's intents. */
export type NoticeIntent = 'error' | 'warning' | 'success' | 'info';

/** A message shown at the top of the pane until the user dismisses it. */
export interface Notice {
  readonly id: number;
  readonly intent: NoticeIntent;
  readonly title: string;
  readonly body?: string;
}

export interface Notices {
  readonly notices: readonly Notice[];
  /** Show a notice; a notice with the same title replaces the older one. */
  readonly notify: (notice: Omit<Notice, 'id'>) => void;
  readonly dismiss: (id: number) => void;
  /** Remove every notice (the preview page, when a workbook opens: older failures no longer apply). */
  readonly clear: () => void;
}

/**
 * Notices: the pane's (errors of port calls, and results worth confirming), and the preview
 * page's own around it, kept apart.
 */
export function useNotices(): Notices {
  const [notices, setNotices] = useState<readonly Notice[]>([]);
  const next = useRef(1);
  const notify = useCallback((notice: Omit<Notice, 'id'>) => {
    const id = next.current++;
    setNotices((list) => [...list.filter((n) => n.title !== notice.title), { ...notice, id }]);
  }, []);
  const dismiss = useCallback((id: number) => {
    setNotices((list) => list.filter((n) => n.id !== id));
  }, []);
  const clear = useCallback(() => setNotices([]), []);
  return useMemo(() => ({ notices, notify, dismiss, clear }), [notices, notify, dismiss, clear]);
}
