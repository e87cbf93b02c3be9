import { mergeClasses } from '@fluentui/react-components';
import { memo, type KeyboardEvent, type ReactElement } from 'react';
import type { BoxText } from '../../core/layout/boxText';
import { CHART_METRICS } from '../../core/layout/chartMetrics';
import { FRAME_CLASS, useOrgChartStyles } from './useOrgChartStyles.styles';

/** Props of one box of the chart. */
export interface ChartBoxProps {
  readonly node: number;
  readonly roleId: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly text: BoxText | undefined;
  /** The department's colour, for the bar on the box's left edge. */
  readonly accent: string;
  /** Roles folded into the box. */
  readonly folded: number;
  /** The role has reports (shown or folded): the box folds and unfolds. */
  readonly hasTeam: boolean;
  /** Findings about the role, by severity. */
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly selected: boolean;
  /** On the reporting line from the head to the selected role. */
  readonly onPath: boolean;
  readonly label: string;
  readonly badgeLabel: string;
  readonly onActivate: (node: number) => void;
  readonly onBadge: (node: number) => void;
}

const m = CHART_METRICS;
/** y of a baseline that centres a line of `fontSize` text in a line box of `lineHeight`. */
const baseline = (top: number, lineHeight: number, fontSize: number) =>
  top + (lineHeight - fontSize) / 2 + 0.88 * fontSize;

const onEnterOrSpace = (action: () => void) => (event: KeyboardEvent) => {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  event.preventDefault();
  event.stopPropagation();
  action();
};

/**
 * A role's box: title lines, department and tag (`×9`, `+42`) from the layout, an accent bar
 * in the department's colour, an outline in the colour of its worst finding, and beside it a
 * badge with the number of findings. The box and the badge are separate buttons (a button
 * inside a button would not be reachable).
 */
export const ChartBox = memo(function ChartBox(props: ChartBoxProps): ReactElement {
  const { node, x, y, width: w, height: h, text, errors, warnings, infos, folded } = props;
  const styles = useOrgChartStyles();
  const total = errors + warnings + infos;
  const worst = errors > 0 ? 'Error' : warnings > 0 ? 'Warning' : 'Info';
  const frame = mergeClasses(
    FRAME_CLASS,
    styles.frame,
    total > 0 && styles[`frame${worst}`],
    props.onPath && styles.frameOnPath,
    props.selected && styles.frameSelected,
  );
  let lineTop = m.paddingY;
  const titleLines = (text?.lines ?? []).map((line, k) => {
    const top = lineTop;
    lineTop += m.titleLineHeight;
    return (
      <text
        key={k}
        className={styles.title}
        x={m.paddingX}
        y={baseline(top, m.titleLineHeight, m.titleFontSize)}
        fontSize={m.titleFontSize}
      >
        {line}
      </text>
    );
  });
  const footerY = baseline(lineTop, m.footerLineHeight, m.footerFontSize);
  const badgeText = total > 99 ? '99+' : String(total);
  const badgeW = Math.max(18, 8 + 7 * badgeText.length);
  return (
    <>
      <g
        className={styles.box}
        transform={`translate(${x} ${y})`}
        role="button"
        tabIndex={0}
        aria-label={props.label}
        aria-expanded={props.hasTeam ? folded === 0 : undefined}
        aria-current={props.selected ? 'true' : undefined}
        data-role={props.roleId}
        data-highlight={props.onPath ? 'path' : undefined}
        onClick={() => props.onActivate(node)}
        onKeyDown={onEnterOrSpace(() => props.onActivate(node))}
      >
        {folded > 0 && <rect className={styles.folded} x={3} y={3} width={w} height={h} rx={4} />}
        <rect className={frame} width={w} height={h} rx={4} />
        <rect x={0} y={0} width={4} height={h} rx={2} fill={props.accent} />
        {titleLines}
        {text?.department !== undefined && (
          <text className={styles.footer} x={m.paddingX} y={footerY} fontSize={m.footerFontSize}>
            {text.department}
          </text>
        )}
        {text?.tag !== undefined && (
          <text
            className={styles.footer}
            x={w - m.paddingX}
            y={footerY}
            fontSize={m.footerFontSize}
            textAnchor="end"
          >
            {text.tag}
          </text>
        )}
      </g>
      {total > 0 && (
        <g
          className={styles.badge}
          transform={`translate(${x + w + 4 - badgeW} ${y - 9})`}
          role="button"
          tabIndex={0}
          aria-label={props.badgeLabel}
          onClick={() => props.onBadge(node)}
          onKeyDown={onEnterOrSpace(() => props.onBadge(node))}
        >
          <rect
            className={mergeClasses(styles.badgeShape, styles[`badge${worst}`])}
            width={badgeW}
            height={18}
            rx={9}
          />
          <text
            className={styles.badgeText}
            x={badgeW / 2}
            y={13}
            fontSize={11}
            textAnchor="middle"
          >
            {badgeText}
          </text>
        </g>
      )}
    </>
  );
});
