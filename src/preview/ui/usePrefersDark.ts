import { useEffect, useState } from 'react';
import { DARK_QUERY } from './previewEnvironment';

/** Whether the browser asks for a dark theme, following the system setting as it changes. */
export function usePrefersDark(initial: boolean): boolean {
  const [dark, setDark] = useState(initial);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia(DARK_QUERY);
    setDark(query.matches);
    const onChange = (event: MediaQueryListEvent) => setDark(event.matches);
    query.addEventListener?.('change', onChange);
    return () => query.removeEventListener?.('change', onChange);
  }, []);
  return dark;
}
