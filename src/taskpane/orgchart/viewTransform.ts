/** How the chart is shown: world point (x, y) appears at screen point (x·scale + tx, y·scale + ty). */
export interface ViewTransform {
  readonly scale: number;
  readonly tx: number;
  readonly ty: number;
}

/** Size of the viewport, in CSS pixels. */
export interface ViewSize {
  readonly width: number;
  readonly height: number;
}

/** A rectangle in chart (world) coordinates. */
export interface WorldRect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export const MIN_SCALE = 0.02;
export const MAX_SCALE = 3;
/** Each zoom button or key press multiplies the scale by this. */
export const ZOOM_STEP = 1.25;
/** Space kept around the chart when it is fitted, in screen pixels. */
export const FIT_MARGIN = 16;
/** Below this scale titles are too small to read: the first view does not fit a chart smaller. */
export const READABLE_SCALE = 0.6;

export const clampScale = (scale: number): number =>
  Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));

/** Zoom by `factor` about a screen point, which stays where it is. */
export function zoomAt(t: ViewTransform, factor: number, sx: number, sy: number): ViewTransform {
  const scale = clampScale(t.scale * factor);
  const k = scale / t.scale;
  return { scale, tx: sx - (sx - t.tx) * k, ty: sy - (sy - t.ty) * k };
}

/** Move the picture by (dx, dy) screen pixels. */
export function panBy(t: ViewTransform, dx: number, dy: number): ViewTransform {
  return { ...t, tx: t.tx + dx, ty: t.ty + dy };
}

/** The whole chart in view, centred (never larger than 1:1). */
export function fitTransform(
  bounds: { readonly width: number; readonly height: number },
  size: ViewSize,
): ViewTransform {
  const w = Math.max(1, bounds.width);
  const h = Math.max(1, bounds.height);
  const scale = clampScale(
    Math.min(1, (size.width - 2 * FIT_MARGIN) / w, (size.height - 2 * FIT_MARGIN) / h),
  );
  return {
    scale,
    tx: (size.width - w * scale) / 2,
    ty: Math.max(FIT_MARGIN, (size.height - h * scale) / 2),
  };
}

/** A box centred in view at `scale`. */
export function centreOn(
  box: { readonly x: number; readonly y: number; readonly width: number; readonly height: number },
  scale: number,
  size: ViewSize,
): ViewTransform {
  return {
    scale,
    tx: size.width / 2 - (box.x + box.width / 2) * scale,
    ty: size.height / 2 - (box.y + box.height / 2) * scale,
  };
}

/**
 * The first view of a chart: all of it when it can be read that way; else 1:1 with the head
 * of the first tree at the top, centred.
 */
export function initialTransform(
  bounds: { readonly width: number; readonly height: number },
  head: { readonly x: number; readonly width: number } | undefined,
  size: ViewSize,
): ViewTransform {
  const fit = fitTransform(bounds, size);
  if (fit.scale >= READABLE_SCALE || !head) return fit;
  return { scale: 1, tx: size.width / 2 - (head.x + head.width / 2), ty: FIT_MARGIN };
}

/** The part of the chart in view, widened by `margin` screen pixels on each side. */
export function visibleWorld(t: ViewTransform, size: ViewSize, margin = 0): WorldRect {
  return {
    left: (-margin - t.tx) / t.scale,
    top: (-margin - t.ty) / t.scale,
    right: (size.width + margin - t.tx) / t.scale,
    bottom: (size.height + margin - t.ty) / t.scale,
  };
}
