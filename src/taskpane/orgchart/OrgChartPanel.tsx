import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactElement,
} from 'react';
import { layoutOrgChart } from '../../core/layout/layoutOrgChart';
import type { Diagnostic } from '../../core/model/diagnostic';
import type { RoleId } from '../../core/model/ids';
import type { Organisation } from '../../core/model/organisation';
import type { Role } from '../../core/model/role';
import { departmentColours } from '../../core/render/orgChartSvg';
import type { PaneLang } from '../strings';
import type { RoleFilter } from '../validate/findingFilter';
import { chartGeometry, pathFromHead } from './chartGeometry';
import { OrgChartCanvas } from './OrgChartCanvas';
import { ORG_CHART_STRINGS } from './orgChartStrings';
import { OrgChartToolbar } from './OrgChartToolbar';
import { RoleDetails } from './RoleDetails';
import { revealRole, roleLookup } from './roleLookup';
import { useElementSize } from './useElementSize';
import { useOrgChartStyles } from './useOrgChartStyles.styles';
import {
  centreOn,
  fitTransform,
  initialTransform,
  READABLE_SCALE,
  zoomAt,
  ZOOM_STEP,
  type ViewSize,
  type ViewTransform,
} from './viewTransform';

/** Props of the org chart viewer. */
export interface OrgChartPanelProps {
  readonly organisation: Pick<Organisation, 'roles' | 'policy'>;
  /** The audit's findings, badged on the boxes of the roles they are about. */
  readonly diagnostics: readonly Diagnostic[];
  readonly lang: PaneLang;
  /** Show the findings about a role (in Validate). */
  readonly onShowFindings: (role: RoleFilter) => void;
  /** Select a cell of the workbook. */
  readonly onSelectCell: (sheet: string, a1: string) => void;
}

/** The viewport's size before it is measured (a task pane's usual size). */
const DEFAULT_SIZE: ViewSize = { width: 360, height: 480 };

/** Where to put the view once the chart is laid out again. */
type Anchor =
  /** Keep a role's box where it was on screen (after folding or unfolding it). */
  | { readonly kind: 'keep'; readonly role: number; readonly sx: number; readonly sy: number }
  /** Centre a role's box (after finding it). */
  | { readonly kind: 'centre'; readonly role: number; readonly scale: number };

/**
 * The org chart: laid out by the core (`layoutOrgChart`, with the findings and the folded
 * roles), drawn with viewport culling, zoomed and panned, searchable. Clicking a box selects
 * its role and folds or unfolds its team; a search unfolds the managers above the role found,
 * centres it and highlights its reporting line; a badge shows the role's findings in Validate.
 */
export function OrgChartPanel({
  organisation,
  diagnostics,
  lang,
  onShowFindings,
  onSelectCell,
}: OrgChartPanelProps): ReactElement {
  const styles = useOrgChartStyles();
  const text = ORG_CHART_STRINGS[lang];
  const keysId = useId();
  const roles = organisation.roles;
  const [collapsed, setCollapsed] = useState<ReadonlySet<RoleId>>(() => new Set());
  const [selectedId, setSelectedId] = useState<RoleId>();
  const [anchor, setAnchor] = useState<Anchor>();
  const touched = useRef(false);

  const layout = useMemo(
    () => layoutOrgChart(organisation, { findings: diagnostics, view: { collapsed } }),
    [organisation, diagnostics, collapsed],
  );
  const geometry = useMemo(() => chartGeometry(layout, roles.length), [layout, roles.length]);
  const lookup = useMemo(() => roleLookup(roles), [roles]);
  const colours = useMemo(() => departmentColours(roles), [roles]);
  // By id, so that the selection survives a new snapshot.
  const selected = selectedId === undefined ? undefined : lookup.index.get(selectedId);

  const viewportRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(viewportRef, DEFAULT_SIZE);
  const first = layout.tree.roots[0];
  const initial = () =>
    initialTransform(
      layout.bounds,
      first === undefined
        ? undefined
        : { x: layout.x[first] ?? 0, width: layout.width[first] ?? 0 },
      size,
    );
  const [transform, setTransform] = useState<ViewTransform>(initial);

  // Until the user moves the chart, the first view follows the viewport's size.
  useEffect(() => {
    // Only the size: a new layout (a fold, a new snapshot) keeps the view the user has.
    if (!touched.current) setTransform(initial());
  }, [size]);

  useLayoutEffect(() => {
    if (!anchor) return;
    setAnchor(undefined);
    const node = geometry.nodeOfRole[anchor.role] ?? -1;
    if (node < 0) return;
    const box = {
      x: layout.x[node] ?? 0,
      y: layout.y[node] ?? 0,
      width: layout.width[node] ?? 0,
      height: layout.height[node] ?? 0,
    };
    if (anchor.kind === 'centre') setTransform(centreOn(box, anchor.scale, size));
    else
      setTransform((t) => ({
        ...t,
        tx: anchor.sx - box.x * t.scale,
        ty: anchor.sy - box.y * t.scale,
      }));
  }, [anchor, geometry, layout, size]);

  const update = useCallback((change: (t: ViewTransform) => ViewTransform) => {
    touched.current = true;
    setTransform(change);
  }, []);
  const fit = useCallback(() => {
    touched.current = true;
    setTransform(fitTransform(layout.bounds, size));
  }, [layout, size]);
  const zoom = (factor: number) =>
    update((t) => zoomAt(t, factor, size.width / 2, size.height / 2));

  const toggleFold = useCallback(
    (role: number) => {
      const node = geometry.nodeOfRole[role] ?? -1;
      if (node >= 0)
        setAnchor({
          kind: 'keep',
          role,
          sx: (layout.x[node] ?? 0) * transform.scale + transform.tx,
          sy: (layout.y[node] ?? 0) * transform.scale + transform.ty,
        });
      touched.current = true;
      const id = (roles[role] as Role).id;
      setCollapsed((current) => {
        const next = new Set(current);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      });
    },
    [geometry, layout, roles, transform],
  );

  const activate = useCallback(
    (node: number) => {
      const role = layout.tree.role[node] ?? -1;
      if (role < 0) return;
      setSelectedId((roles[role] as Role).id);
      const hasTeam =
        (layout.tree.hidden[node] ?? 0) > 0 ||
        (layout.tree.childStart[node + 1] ?? 0) > (layout.tree.childStart[node] ?? 0);
      if (hasTeam) toggleFold(role);
    },
    [layout, roles, toggleFold],
  );

  const roleFilter = useCallback(
    (role: number): RoleFilter => {
      const r = roles[role] as Role;
      return { id: r.id, sheet: r.source.sheet, title: r.title };
    },
    [roles],
  );
  const badge = useCallback(
    (node: number) => onShowFindings(roleFilter(layout.tree.role[node] ?? 0)),
    [layout, onShowFindings, roleFilter],
  );

  const find = (role: number) => {
    touched.current = true;
    setCollapsed((current) => revealRole(roles, lookup, current, role));
    setSelectedId((roles[role] as Role).id);
    setAnchor({
      kind: 'centre',
      role,
      scale: transform.scale < READABLE_SCALE ? 1 : transform.scale,
    });
  };

  const selectedNode = selected === undefined ? -1 : (geometry.nodeOfRole[selected] ?? -1);
  const path = useMemo(
    () => (selectedNode < 0 ? [] : pathFromHead(layout, selectedNode)),
    [layout, selectedNode],
  );

  const details = () => {
    if (selected === undefined) return null;
    const role = roles[selected] as Role;
    const line: string[] = [];
    const seen = new Set<number>();
    for (let r = selected; r >= 0 && !seen.has(r); r = lookup.manager[r] ?? -1) {
      seen.add(r);
      line.push((roles[r] as Role).title);
    }
    const node = selectedNode;
    const folded = collapsed.has(role.id);
    const hasTeam =
      folded ||
      (node >= 0 && (layout.tree.childStart[node + 1] ?? 0) > (layout.tree.childStart[node] ?? 0));
    const cell = role.source.cells.RoleId ?? role.source.cells.Title ?? `A${role.source.row}`;
    return (
      <RoleDetails
        role={role}
        reportingLine={line.reverse()}
        findings={{
          errors: node < 0 ? 0 : (layout.errors[node] ?? 0),
          warnings: node < 0 ? 0 : (layout.warnings[node] ?? 0),
          infos: node < 0 ? 0 : (layout.infos[node] ?? 0),
        }}
        hasTeam={hasTeam}
        folded={folded}
        text={text}
        onShowFindings={() => onShowFindings(roleFilter(selected))}
        onGoToRow={() => onSelectCell(role.source.sheet, cell)}
        onToggleFold={() => toggleFold(selected)}
      />
    );
  };

  return (
    <>
      <OrgChartToolbar
        roles={roles}
        scale={transform.scale}
        text={text}
        onZoomIn={() => zoom(ZOOM_STEP)}
        onZoomOut={() => zoom(1 / ZOOM_STEP)}
        onFit={fit}
        onFind={find}
      />
      <OrgChartCanvas
        layout={layout}
        geometry={geometry}
        roles={roles}
        colours={colours}
        transform={transform}
        size={size}
        viewportRef={viewportRef}
        selectedNode={selectedNode}
        path={path}
        onTransform={update}
        onFit={fit}
        onActivate={activate}
        onBadge={badge}
        text={text}
        keysId={keysId}
      />
      <p id={keysId} className={styles.keys}>
        {text.keys}
      </p>
      {details()}
    </>
  );
}
