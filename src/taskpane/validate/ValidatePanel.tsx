import {
  Button,
  Field,
  SearchBox,
  Select,
  ToggleButton,
  Toolbar,
} from '@fluentui/react-components';
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
  type ReactElement,
} from 'react';
import type { DiagnosticArea } from '../../core/i18n/diagnosticCatalog';
import type { Diagnostic, Severity } from '../../core/model/diagnostic';
import { relocalise } from '../../core/read/diagnosticCollector';
import { usePane } from '../shell/paneContext';
import { SEVERITIES, SEVERITY_LABELS } from '../shared/severityLabels';
import { paneStrings } from '../strings';
import { AREA_ORDER, diagnosticArea } from './diagnosticArea';
import { FindingList } from './FindingList';
import { filterFindings, type RoleFilter } from './findingFilter';
import { countFindings, groupFindings } from './groupFindings';
import { useValidateStyles } from './useValidateStyles.styles';
import { VALIDATE_STRINGS } from './validateStrings';
import { usePanelStyles } from '../shared/usePanelStyles.styles';

/** Findings rendered at first, and added by each "Show more". */
export const FINDINGS_PAGE = 100;

/** An empty severity filter: every severity. */
const ALL_SEVERITIES: ReadonlySet<Severity> = new Set();

/** Props of the Validate section. */
export interface ValidatePanelProps {
  /** Show only the findings about this role (set from the org chart). */
  readonly roleFilter?: RoleFilter;
  readonly onClearRoleFilter: () => void;
}

/**
 * Validate: the snapshot's findings grouped by severity and area with their counts, filtered
 * by severity, area, words and (from the org chart) a role. Each finding selects its cell.
 */
export function ValidatePanel({ roleFilter, onClearRoleFilter }: ValidatePanelProps): ReactElement {
  const { snapshot, snapshotLang, lang, port, attempt } = usePane();
  const styles = useValidateStyles();
  const panel = usePanelStyles();
  const text = VALIDATE_STRINGS[lang];
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(new Set());
  const [area, setArea] = useState<DiagnosticArea | 'all'>('all');
  const [search, setSearch] = useState('');
  const words = useDeferredValue(search);
  const [limit, setLimit] = useState(FINDINGS_PAGE);

  const all = useMemo(() => {
    const list = snapshot?.audit.diagnostics ?? [];
    // Messages in the pane's language, while a snapshot in it is on its way.
    return snapshotLang === undefined || snapshotLang === lang ? list : relocalise(list, lang);
  }, [snapshot, snapshotLang, lang]);

  // Each facet counts what the other filters let through.
  const forSeverity = useMemo(
    () => filterFindings(all, { severities: ALL_SEVERITIES, area, text: words, role: roleFilter }),
    [all, area, words, roleFilter],
  );
  const forArea = useMemo(
    () => filterFindings(all, { severities, area: 'all', text: words, role: roleFilter }),
    [all, severities, words, roleFilter],
  );
  const shown = useMemo(
    () => (area === 'all' ? forArea : forArea.filter((d) => diagnosticArea(d.code) === area)),
    [forArea, area],
  );
  const severityCounts = useMemo(() => countFindings(forSeverity).bySeverity, [forSeverity]);
  const areaCounts = useMemo(() => countFindings(forArea).byArea, [forArea]);
  const groups = useMemo(() => groupFindings(shown), [shown]);

  useEffect(() => setLimit(FINDINGS_PAGE), [shown]);

  const select = useCallback(
    (finding: Diagnostic) =>
      void attempt(paneStrings(lang).failed.selectCell, () =>
        port.selectCell(finding.location.sheet, finding.location.a1),
      ),
    [attempt, port, lang],
  );

  const toggle = (severity: Severity) =>
    setSeverities((current) => {
      const next = new Set(current);
      if (next.has(severity)) next.delete(severity);
      else next.add(severity);
      return next;
    });

  if (!snapshot) return <p className={styles.empty}>{text.notChecked}</p>;

  return (
    <>
      <h2 className={panel.heading}>{text.heading}</h2>
      <div className={styles.filters}>
        <Toolbar aria-label={text.severityFilter} className={styles.toggles} size="small">
          {SEVERITIES.map((severity) => (
            <ToggleButton
              key={severity}
              size="small"
              checked={severities.has(severity)}
              onClick={() => toggle(severity)}
            >
              {text.withCount(SEVERITY_LABELS[lang][severity], severityCounts[severity])}
            </ToggleButton>
          ))}
        </Toolbar>
        <Field label={text.areaFilter}>
          <Select
            value={area}
            onChange={(_e, data) => setArea(data.value as DiagnosticArea | 'all')}
          >
            <option value="all">{text.allAreas}</option>
            {AREA_ORDER.filter((a) => areaCounts.has(a) || a === area).map((a) => (
              <option key={a} value={a}>
                {text.withCount(text.areas[a], areaCounts.get(a) ?? 0)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={text.search}>
          <SearchBox
            value={search}
            placeholder={text.searchPlaceholder}
            dismiss={{ 'aria-label': text.clearSearch }}
            onChange={(_e, data) => setSearch(data.value)}
          />
        </Field>
        {roleFilter && (
          <div className={styles.roleFilter}>
            <span>
              {text.roleFilter(
                roleFilter.title ? `${roleFilter.title} (${roleFilter.id})` : roleFilter.id,
              )}
            </span>
            <Button size="small" onClick={onClearRoleFilter}>
              {text.clearRoleFilter}
            </Button>
          </div>
        )}
      </div>
      <p className={styles.status} role="status">
        {text.total(shown.length, all.length)}
      </p>
      {all.length === 0 ? (
        <p className={styles.empty}>{text.clean}</p>
      ) : shown.length === 0 ? (
        <p className={styles.empty}>{text.noMatch}</p>
      ) : (
        <FindingList
          groups={groups}
          total={shown.length}
          limit={limit}
          pageSize={FINDINGS_PAGE}
          onShowMore={() => setLimit((l) => l + FINDINGS_PAGE)}
          onSelect={select}
          lang={lang}
        />
      )}
    </>
  );
}
