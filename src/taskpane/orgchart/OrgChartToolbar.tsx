import { Button, Field, SearchBox } from '@fluentui/react-components';
import { useMemo, useState, type KeyboardEvent, type ReactElement } from 'react';
import type { Role } from '../../core/model/role';
import { FitIcon, MinusIcon, PlusIcon } from '../shared/icons';
import type { OrgChartStrings } from './orgChartStrings';
import { searchRoles } from './roleLookup';
import { useOrgChartStyles } from './useOrgChartStyles.styles';

/** Most roles listed under the search box. */
export const SEARCH_RESULTS = 8;

/** Props of the chart's toolbar. */
export interface OrgChartToolbarProps {
  readonly roles: readonly Role[];
  readonly scale: number;
  readonly text: OrgChartStrings;
  readonly onZoomIn: () => void;
  readonly onZoomOut: () => void;
  readonly onFit: () => void;
  /** A role was picked from the search results (by role index). */
  readonly onFind: (role: number) => void;
}

/**
 * Zoom out, the zoom level, zoom in, fit; and a search box that lists the roles whose title
 * or id matches, right under it (Enter picks the first), so the list never covers the chart.
 */
export function OrgChartToolbar(props: OrgChartToolbarProps): ReactElement {
  const { roles, text, onFind } = props;
  const styles = useOrgChartStyles();
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState(false);
  const matches = useMemo(() => searchRoles(roles, query, SEARCH_RESULTS + 1), [roles, query]);
  const label = (i: number) => {
    const role = roles[i] as Role;
    return text.roleOption(role.title, role.id);
  };
  const pick = (i: number) => {
    setQuery(label(i));
    setPicked(true);
    onFind(i);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const first = matches[0];
    if (event.key === 'Enter' && first !== undefined && !picked) {
      event.preventDefault();
      pick(first);
    }
  };
  const listed = picked || query.trim() === '' ? [] : matches.slice(0, SEARCH_RESULTS);
  return (
    <>
      <div className={styles.toolbar} role="toolbar" aria-label={text.toolbar}>
        <div className={styles.zoomButtons}>
          <Button
            icon={<MinusIcon />}
            appearance="subtle"
            aria-label={text.zoomOut}
            title={text.zoomOut}
            onClick={props.onZoomOut}
          />
          <span className={styles.zoomLevel}>{text.zoomLevel(Math.round(props.scale * 100))}</span>
          <Button
            icon={<PlusIcon />}
            appearance="subtle"
            aria-label={text.zoomIn}
            title={text.zoomIn}
            onClick={props.onZoomIn}
          />
          <Button
            icon={<FitIcon />}
            appearance="subtle"
            aria-label={text.fit}
            title={text.fit}
            onClick={props.onFit}
          />
        </div>
      </div>
      <Field label={text.search}>
        <SearchBox
          value={query}
          placeholder={text.searchPlaceholder}
          dismiss={{ 'aria-label': text.clearSearch }}
          onChange={(_e, data) => {
            setQuery(data.value);
            setPicked(false);
          }}
          onKeyDown={onKeyDown}
        />
      </Field>
      {!picked && query.trim() !== '' && (
        <section className={styles.results} aria-label={text.searchResults}>
          {listed.length === 0 ? (
            <p className={styles.keys}>{text.noMatch}</p>
          ) : (
            <ul className={styles.resultList}>
              {listed.map((i) => (
                <li key={i}>
                  <Button size="small" appearance="subtle" onClick={() => pick(i)}>
                    {label(i)}
                  </Button>
                </li>
              ))}
            </ul>
          )}
          {matches.length > SEARCH_RESULTS && <p className={styles.keys}>{text.narrow}</p>}
        </section>
      )}
    </>
  );
}
