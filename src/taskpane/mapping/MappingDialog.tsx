import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useEffect, useState, type ReactElement } from 'react';
import { tableLabel, type TableKind } from '../../core/i18n/fieldLabels';
import { TABLE_KINDS } from '../home/InputsTable';
import { errorMessage } from '../shared/errorMessage';
import { usePane } from '../shell/paneContext';
import type { SheetHeaders } from '../workbookPort';
import { buildColumnMapping, duplicateHeaders } from './buildColumnMapping';
import { MAPPING_STRINGS } from './mappingStrings';
import { SourceMappingEditor } from './SourceMappingEditor';
import { draftsFromMapping, mappedSources, type MappingDrafts } from './sourceDraft';

const useStyles = makeStyles({
  // A grid item: without `minWidth: 0` a long option (a header row's preview) widens it
  // past the dialog's edge.
  content: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  intro: { ...typographyStyles.body1, margin: 0 },
});

/** Props of the "Map columns…" dialog. */
export interface MappingDialogProps {
  /** The dialog closed (saved, cleared or cancelled). */
  readonly onClose: () => void;
}

type Failure = { readonly call: 'sheets' | 'save' | 'clear'; readonly message: string };

/**
 * "Map columns…": lists the workbook's sheets (`port.sheetHeaders()`), lets the user pick
 * for each table a sheet, its header row and the header of each field, and saves the
 * resulting ColumnMapping (`port.saveMapping`), or clears it (`saveMapping(null)`). It
 * opens on the mapping saved in the workbook, and keeps what of it the dialog does not edit
 * (see `buildColumnMapping`). Errors
 * are shown inside the dialog, which stays open so nothing typed is lost.
 */
export function MappingDialog({ onClose }: MappingDialogProps): ReactElement {
  const { port, lang, notify, refresh, snapshot } = usePane();
  const [saved] = useState(snapshot?.mapping);
  const styles = useStyles();
  const text = MAPPING_STRINGS[lang];
  const [sheets, setSheets] = useState<readonly SheetHeaders[]>();
  const [kind, setKind] = useState<TableKind>('Roles');
  const [drafts, setDrafts] = useState<MappingDrafts>(() => draftsFromMapping(saved));
  const [failure, setFailure] = useState<Failure>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let live = true;
    port.sheetHeaders().then(
      (list) => {
        if (live) setSheets(list);
      },
      (error: unknown) => {
        if (!live) return;
        setSheets([]);
        setFailure({ call: 'sheets', message: errorMessage(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [port]);

  const mapping = buildColumnMapping(drafts, saved);
  const conflicts = TABLE_KINDS.some((k) => duplicateHeaders(k, drafts[k]).size > 0);

  const save = async (clear: boolean): Promise<void> => {
    setSaving(true);
    setFailure(undefined);
    try {
      await port.saveMapping(clear ? null : (mapping ?? null));
    } catch (error) {
      setFailure({ call: clear ? 'clear' : 'save', message: errorMessage(error) });
      setSaving(false);
      return;
    }
    notify({ intent: 'success', title: clear ? text.cleared : text.saved });
    onClose();
    void refresh();
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{text.title}</DialogTitle>
          <DialogContent className={styles.content}>
            <p className={styles.intro}>{text.intro}</p>
            {failure && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{text.failed[failure.call]}</MessageBarTitle>
                  {failure.message}
                </MessageBarBody>
              </MessageBar>
            )}
            {!sheets ? (
              <Spinner size="small" label={text.loadingSheets} />
            ) : sheets.length === 0 ? (
              <p className={styles.intro}>{text.noSheets}</p>
            ) : (
              <>
                <TabList
                  selectedValue={kind}
                  onTabSelect={(_e, data) => setKind(data.value as TableKind)}
                  aria-label={text.tablesLabel}
                  size="small"
                >
                  {TABLE_KINDS.map((k) => (
                    <Tab key={k} value={k}>
                      {tableLabel(k, lang)}
                    </Tab>
                  ))}
                </TabList>
                <SourceMappingEditor
                  key={kind}
                  kind={kind}
                  draft={drafts[kind]}
                  sheets={sheets}
                  lang={lang}
                  further={mappedSources(saved, kind)
                    .slice(1)
                    .map((s) => s.sheet)}
                  onChange={(draft) => setDrafts((all) => ({ ...all, [kind]: draft }))}
                />
                {!mapping && <p className={styles.intro}>{text.nothingMapped}</p>}
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={saving || !mapping || conflicts}
              icon={saving ? <Spinner size="extra-tiny" /> : undefined}
              onClick={() => void save(false)}
            >
              {text.save}
            </Button>
            <Button disabled={saving} onClick={() => void save(true)}>
              {text.clear}
            </Button>
            <Button disabled={saving} onClick={onClose}>
              {text.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
