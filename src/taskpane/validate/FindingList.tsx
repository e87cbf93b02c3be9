import { Button } from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';
import type { Diagnostic } from '../../core/model/diagnostic';
import { SEVERITY_LABELS } from '../shared/severityLabels';
import type { PaneLang } from '../strings';
import { FindingItem } from './FindingItem';
import type { SeverityGroup } from './groupFindings';
import { useValidateStyles } from './useValidateStyles.styles';
import { VALIDATE_STRINGS } from './validateStrings';

/** Props of the grouped, paged list of findings. */
export interface FindingListProps {
  readonly groups: readonly SeverityGroup[];
  /** Findings in the groups. */
  readonly total: number;
  /** Most findings to render; the rest wait for "Show more". */
  readonly limit: number;
  /** Findings each "Show more" adds. */
  readonly pageSize: number;
  readonly onShowMore: () => void;
  readonly onSelect: (finding: Diagnostic) => void;
  readonly lang: PaneLang;
}

/**
 * Findings under a heading per severity and a subheading per area, each with its count. At
 * most `limit` findings are in the page (headings of groups past the limit are left out too),
 * so that 10,000 findings cost no more than a few hundred.
 */
export function FindingList({
  groups,
  total,
  limit,
  pageSize,
  onShowMore,
  onSelect,
  lang,
}: FindingListProps): ReactElement {
  const styles = useValidateStyles();
  const text = VALIDATE_STRINGS[lang];
  const severityLabels = SEVERITY_LABELS[lang];
  let budget = limit;
  const out: ReactNode[] = [];
  for (const group of groups) {
    if (budget <= 0) break;
    const areas: ReactNode[] = [];
    for (const { area, findings } of group.areas) {
      if (budget <= 0) break;
      const page = findings.length <= budget ? findings : findings.slice(0, budget);
      budget -= page.length;
      areas.push(
        <section key={area} aria-label={text.withCount(text.areas[area], findings.length)}>
          <h4 className={styles.areaHeading}>
            {text.withCount(text.areas[area], findings.length)}
          </h4>
          <ul className={styles.list}>
            {page.map((finding, i) => (
              <FindingItem key={i} finding={finding} onSelect={onSelect} label={text.goTo} />
            ))}
          </ul>
        </section>,
      );
    }
    out.push(
      <section
        key={group.severity}
        aria-label={text.withCount(severityLabels[group.severity], group.count)}
      >
        <h3 className={styles.severityHeading}>
          {text.withCount(severityLabels[group.severity], group.count)}
        </h3>
        {areas}
      </section>,
    );
  }
  const shown = Math.min(limit, total);
  return (
    <>
      {out}
      {shown < total && (
        <>
          <p className={styles.status}>{text.showing(shown, total)}</p>
          <div>
            <Button onClick={onShowMore}>{text.showMore(Math.min(pageSize, total - shown))}</Button>
          </div>
        </>
      )}
    </>
  );
}
