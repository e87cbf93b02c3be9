import { useEffect, useState, type RefObject } from 'react';
import type { ViewSize } from './viewTransform';

/**
 * The size of an element, kept up to date with a ResizeObserver. Where the element has no
 * layout (a hidden tab, or a test's DOM without one) the fallback is used.
 */
export function useElementSize(ref: RefObject<HTMLElement>, fallback: ViewSize): ViewSize {
  const [size, setSize] = useState<ViewSize>(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const width = element.clientWidth;
      const height = element.clientHeight;
      if (width > 0 && height > 0)
        setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
