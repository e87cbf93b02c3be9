import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  type KeyboardEvent,
  type PointerEvent,
  type ReactElement,
  type RefObject,
} from 'react';
import type { BoxText } from '../../core/layout/boxText';
import { connectorPoints } from '../../core/layout/connectorPoints';
import type { OrgChartLayout } from '../../core/layout/orgChartLayout';
import type { Role } from '../../core/model/role';
import { ChartBox } from './ChartBox';
import { boxesPath, polylinePath, visibleParts, type ChartGeometry } from './chartGeometry';
import type { OrgChartStrings } from './orgChartStrings';
import { useOrgChartStyles } from './useOrgChartStyles.styles';
import {
  panBy,
  visibleWorld,
  zoomAt,
  ZOOM_STEP,
  type ViewSize,
  type ViewTransform,
} from './viewTransform';

/** More boxes in view than this are drawn as outlines in a few paths, not as separate boxes. */
export const DETAIL_LIMIT = 400;
/** Screen pixels an arrow key moves the chart. */
const KEY_PAN = 60;
/** A press that moves more than this many pixels is a drag, not a click. */
const DRAG_THRESHOLD = 4;
/** Screen pixels drawn beyond the viewport's edges, so a short pan shows no gap. */
const CULL_MARGIN = 48;

/** Props of the chart's drawing surface. */
export interface OrgChartCanvasProps {
  readonly layout: OrgChartLayout;
  readonly geometry: ChartGeometry;
  readonly roles: readonly Role[];
  readonly colours: ReadonlyMap<string, string>;
  readonly transform: ViewTransform;
  readonly size: ViewSize;
  readonly viewportRef: RefObject<HTMLDivElement>;
  /** Node of the selected role, -1 for none. */
  readonly selectedNode: number;
  /** Nodes on the reporting line from the head to the selected role. */
  readonly path: readonly number[];
  readonly onTransform: (update: (t: ViewTransform) => ViewTransform) => void;
  readonly onFit: () => void;
  readonly onActivate: (node: number) => void;
  readonly onBadge: (node: number) => void;
  readonly text: OrgChartStrings;
  /** Id of the text that says how to move around the chart. */
  readonly keysId: string;
}

/** The accent of a role without a department (as in the SVG export). */
const NO_DEPARTMENT = '#c8c6c4';

/**
 * The chart as SVG, with viewport culling: only the boxes and connectors that meet the
 * visible area are in the DOM, and when more than DETAIL_LIMIT boxes are in view they are
 * drawn as outlines in three paths. Pans by drag and arrow keys, zooms by wheel and +/−.
 */
export function OrgChartCanvas(props: OrgChartCanvasProps): ReactElement {
  const { layout, geometry, roles, colours, transform, size, viewportRef, text } = props;
  const { onTransform, onFit, onActivate, onBadge } = props;
  const styles = useOrgChartStyles();
  const keysId = props.keysId;
  const drag = useRef<{ id: number; x: number; y: number; moved: boolean }>();
  const suppressClick = useRef(false);

  const rect = visibleWorld(transform, size, CULL_MARGIN);
  const { boxes, connectors } = visibleParts(layout, geometry, rect);
  const overview = boxes.length > DETAIL_LIMIT;
  const connectorPath = polylinePath(connectors.map((i) => connectorPoints(layout, i)));
  const pathSet = useMemo(() => new Set(props.path), [props.path]);
  const highlightPath = useMemo(
    () => polylinePath(props.path.slice(1).map((i) => connectorPoints(layout, i))),
    [layout, props.path],
  );

  // Wheel zoom about the pointer; a native listener, as React's is passive and cannot prevent scrolling.
  useEffect(() => {
    const element = viewportRef.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const box = element.getBoundingClientRect();
      const perPixel = event.deltaMode === 1 ? 0.05 : 0.0015;
      const factor = Math.exp(-event.deltaY * perPixel);
      onTransform((t) => zoomAt(t, factor, event.clientX - box.left, event.clientY - box.top));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [viewportRef, onTransform]);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    drag.current = { id: event.pointerId, x: event.clientX, y: event.clientY, moved: false };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d || d.id !== event.pointerId) return;
    const dx = event.clientX - d.x;
    const dy = event.clientY - d.y;
    if (!d.moved) {
      if (Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      d.moved = true;
      // Captured only once it is a drag, so that a click still reaches the box under it.
      event.currentTarget.setPointerCapture?.(event.pointerId);
    }
    d.x = event.clientX;
    d.y = event.clientY;
    onTransform((t) => panBy(t, dx, dy));
  };
  const endDrag = () => {
    if (drag.current?.moved) {
      // The click that ends a drag is not a click on a box.
      suppressClick.current = true;
      setTimeout(() => {
        suppressClick.current = false;
      }, 0);
    }
    drag.current = undefined;
  };
  const activate = useCallback(
    (node: number) => {
      if (!suppressClick.current) onActivate(node);
    },
    [onActivate],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const centre = (factor: number) => (t: ViewTransform) =>
      zoomAt(t, factor, size.width / 2, size.height / 2);
    const moves: Record<string, (t: ViewTransform) => ViewTransform> = {
      ArrowLeft: (t) => panBy(t, KEY_PAN, 0),
      ArrowRight: (t) => panBy(t, -KEY_PAN, 0),
      ArrowUp: (t) => panBy(t, 0, KEY_PAN),
      ArrowDown: (t) => panBy(t, 0, -KEY_PAN),
      '+': centre(ZOOM_STEP),
      '=': centre(ZOOM_STEP),
      '-': centre(1 / ZOOM_STEP),
      _: centre(1 / ZOOM_STEP),
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      onTransform(move);
    } else if (event.key === '0') {
      event.preventDefault();
      onFit();
    }
  };

  const selected = props.selectedNode;
  const findings = (i: number) => ({
    errors: layout.errors[i] ?? 0,
    warnings: layout.warnings[i] ?? 0,
    infos: layout.infos[i] ?? 0,
  });
  const withFindings = (severity: 'errors' | 'warnings') =>
    boxes.filter((i) =>
      severity === 'errors'
        ? (layout.errors[i] ?? 0) > 0
        : (layout.errors[i] ?? 0) === 0 && (layout.warnings[i] ?? 0) > 0,
    );

  return (
    <div
      ref={viewportRef}
      className={styles.viewport}
      tabIndex={0}
      role="group"
      aria-label={text.chart(roles.length)}
      aria-describedby={keysId}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onKeyDown={onKeyDown}
    >
      <svg className={styles.svg} width="100%" height="100%">
        <g
          data-chart-view=""
          transform={`translate(${transform.tx} ${transform.ty}) scale(${transform.scale})`}
        >
          <path className={styles.connectors} d={connectorPath} />
          {highlightPath !== '' && <path className={styles.pathConnectors} d={highlightPath} />}
          {overview ? (
            <>
              <path className={styles.overviewBoxes} d={boxesPath(layout, boxes)} />
              <path
                className={`${styles.overviewBoxes} ${styles.overviewError}`}
                d={boxesPath(layout, withFindings('errors'))}
              />
              <path
                className={`${styles.overviewBoxes} ${styles.overviewWarning}`}
                d={boxesPath(layout, withFindings('warnings'))}
              />
            </>
          ) : (
            boxes.map((i) => {
              const role = roles[layout.tree.role[i] ?? 0] as Role;
              const t = layout.texts[layout.text[i] ?? 0] as BoxText | undefined;
              const folded = layout.tree.hidden[i] ?? 0;
              const f = findings(i);
              const dept = role.department?.trim();
              return (
                <ChartBox
                  key={i}
                  node={i}
                  roleId={role.id}
                  x={layout.x[i] ?? 0}
                  y={layout.y[i] ?? 0}
                  width={layout.width[i] ?? 0}
                  height={layout.height[i] ?? 0}
                  text={t}
                  accent={(dept && colours.get(dept)) || NO_DEPARTMENT}
                  folded={folded}
                  hasTeam={
                    folded > 0 ||
                    (layout.tree.childStart[i + 1] ?? 0) > (layout.tree.childStart[i] ?? 0)
                  }
                  errors={f.errors}
                  warnings={f.warnings}
                  infos={f.infos}
                  selected={i === selected}
                  onPath={pathSet.has(i)}
                  label={text.box(role.title, role.id, dept || undefined, folded, f)}
                  badgeLabel={text.badge(role.title, f)}
                  onActivate={activate}
                  onBadge={onBadge}
                />
              );
            })
          )}
        </g>
      </svg>
      {overview && (
        <p className={styles.overview} role="status">
          {text.overview(boxes.length)}
        </p>
      )}
    </div>
  );
}
