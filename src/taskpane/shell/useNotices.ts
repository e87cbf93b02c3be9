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
}

/** The pane's notices: errors of port calls, and results worth confirming. */
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
  return useMemo(() => ({ notices, notify, dismiss }), [notices, notify, dismiss]);
}
