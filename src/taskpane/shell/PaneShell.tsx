import { mergeClasses, Spinner, Tab, TabList, useId } from '@fluentui/react-components';
import { useCallback, useState, type ReactElement, type ReactNode } from 'react';
import { GeneratePanel } from '../generate/GeneratePanel';
import { HomePanel } from '../home/HomePanel';
import { OrgChartSection } from '../orgchart/OrgChartSection';
import { SettingsPanel } from '../settings/SettingsPanel';
import { PANE_TABS, paneStrings, type PaneTab } from '../strings';
import { appClassNames, useAppStyles } from '../useAppStyles.styles';
import type { RoleFilter } from '../validate/findingFilter';
import { ValidatePanel } from '../validate/ValidatePanel';
import type { WorkbookPort } from '../workbookPort';
import type { PaneLang } from '../strings';
import { NoticeList } from './NoticeList';
import { PaneContext } from './paneContext';
import { usePaneController } from './usePaneController';

/** Props of the pane's shell. */
export interface PaneShellProps {
  readonly port: WorkbookPort;
  readonly hostLang: PaneLang;
}

const isPaneTab = (value: unknown): value is PaneTab =>
  (PANE_TABS as readonly unknown[]).includes(value);

/**
 * The pane: a header, a tab per section, the notices, and the sections. A section is
 * mounted when first opened and then kept (hidden) so that its state — filters, the org
 * chart's zoom and folds — survives switching tabs.
 */
export function PaneShell({ port, hostLang }: PaneShellProps): ReactElement {
  const pane = usePaneController(port, hostLang);
  const styles = useAppStyles();
  const text = paneStrings(pane.lang);
  const ids = useId('sod-pane');
  const [tab, setTab] = useState<PaneTab>('home');
  const [visited, setVisited] = useState<ReadonlySet<PaneTab>>(() => new Set(['home']));
  const [roleFilter, setRoleFilter] = useState<RoleFilter>();

  const open = useCallback((next: PaneTab) => {
    setTab(next);
    setVisited((seen) => (seen.has(next) ? seen : new Set(seen).add(next)));
  }, []);
  const showRoleFindings = useCallback(
    (filter: RoleFilter) => {
      setRoleFilter(filter);
      open('validate');
    },
    [open],
  );

  const section = (t: PaneTab): ReactNode => {
    switch (t) {
      case 'home':
        return <HomePanel onOpen={open} />;
      case 'validate':
        return (
          <ValidatePanel
            roleFilter={roleFilter}
            onClearRoleFilter={() => setRoleFilter(undefined)}
          />
        );
      case 'generate':
        return <GeneratePanel />;
      case 'orgChart':
        return <OrgChartSection onShowFindings={showRoleFindings} />;
      case 'settings':
        return <SettingsPanel />;
    }
  };

  return (
    <PaneContext.Provider value={pane}>
      <main className={mergeClasses(appClassNames.root, styles.root)} lang={pane.lang}>
        <header className={mergeClasses(appClassNames.header, styles.header)}>
          <img
            className={mergeClasses(appClassNames.logo, styles.logo)}
            src="assets/logo-filled.png"
            alt={text.logoAlt}
            width={32}
            height={32}
          />
          <h1 className={mergeClasses(appClassNames.title, styles.title)}>{text.productName}</h1>
          {pane.checking && <Spinner size="extra-tiny" label={text.checking} />}
        </header>
        <TabList
          className={mergeClasses(appClassNames.nav, styles.nav)}
          selectedValue={tab}
          onTabSelect={(_event, data) => {
            if (isPaneTab(data.value)) open(data.value);
          }}
          aria-label={text.sectionsLabel}
          size="small"
        >
          {PANE_TABS.map((t) => (
            <Tab
              key={t}
              className={styles.tab}
              value={t}
              id={`${ids}-tab-${t}`}
              aria-controls={`${ids}-panel-${t}`}
            >
              {text.tabs[t]}
            </Tab>
          ))}
        </TabList>
        <NoticeList
          notices={pane.notices}
          onDismiss={pane.dismiss}
          label={text.noticesLabel}
          dismissLabel={text.dismiss}
        />
        {PANE_TABS.map((t) =>
          visited.has(t) ? (
            <div
              key={t}
              role="tabpanel"
              id={`${ids}-panel-${t}`}
              aria-labelledby={`${ids}-tab-${t}`}
              hidden={tab !== t}
              className={mergeClasses(appClassNames.panel, styles.panel)}
            >
              {section(t)}
            </div>
          ) : null,
        )}
      </main>
    </PaneContext.Provider>
  );
}
