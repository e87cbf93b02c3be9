import { Button } from '@fluentui/react-components';
import { Fragment, type ReactElement } from 'react';
import type { Role } from '../../core/model/role';
import type { BoxFindings, OrgChartStrings } from './orgChartStrings';
import { useOrgChartStyles } from './useOrgChartStyles.styles';

/** Props of the panel about the selected role. */
export interface RoleDetailsProps {
  readonly role: Role;
  /** Titles from the head down to the role. */
  readonly reportingLine: readonly string[];
  readonly findings: BoxFindings;
  /** The role has reports; `folded` says whether they are folded now. */
  readonly hasTeam: boolean;
  readonly folded: boolean;
  readonly text: OrgChartStrings;
  readonly onShowFindings: () => void;
  readonly onGoToRow: () => void;
  readonly onToggleFold: () => void;
}

/** The selected role: its id, department, reporting line, headcount and findings, and actions. */
export function RoleDetails(props: RoleDetailsProps): ReactElement {
  const { role, text, findings } = props;
  const styles = useOrgChartStyles();
  const total = findings.errors + findings.warnings + findings.infos;
  const facts: [string, string][] = [
    [text.roleId, role.id],
    [text.department, role.department ?? text.none],
    [text.reportingLine, props.reportingLine.join(' › ')],
    [text.headcount, String(Number(role.headcount.toFixed(2)))],
    [text.findings, text.findingsCount(findings)],
  ];
  return (
    <section className={styles.details} aria-label={text.detailsLabel}>
      <h3 className={styles.detailsTitle}>{role.title}</h3>
      <dl className={styles.facts}>
        {facts.map(([term, value]) => (
          <Fragment key={term}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.definition}>{value}</dd>
          </Fragment>
        ))}
      </dl>
      <div className={styles.actions}>
        {total > 0 && (
          <Button size="small" appearance="primary" onClick={props.onShowFindings}>
            {text.showFindings}
          </Button>
        )}
        <Button size="small" onClick={props.onGoToRow}>
          {text.goToRow}
        </Button>
        {props.hasTeam && (
          <Button size="small" onClick={props.onToggleFold}>
            {props.folded ? text.unfold : text.fold}
          </Button>
        )}
      </div>
    </section>
  );
}
