import { Button, Link, Spinner } from '@fluentui/react-components';
import { useRef, type ChangeEvent, type ReactElement, type ReactNode } from 'react';
import type { Lang } from '../../core/i18n/lang';
import { DropZone } from './DropZone';
import { FolderIcon, LockIcon } from './previewIcons';
import type { PreviewStrings } from './previewStrings';
import { usePreviewStyles } from './usePreviewStyles.styles';

/** Props of the start screen. */
export interface StartScreenProps {
  readonly text: PreviewStrings;
  /** What is being opened, while it is; every control is disabled meanwhile. */
  readonly busy: string | undefined;
  /** The page's notices (errors of earlier attempts). */
  readonly messages: ReactNode;
  readonly onFile: (file: File) => void;
  readonly onExample: () => void;
}

/** The URL of this page in another language (`?lang=`), keeping everything else. */
function languageHref(lang: Lang): string {
  const params = new URLSearchParams(window.location.search);
  params.set('lang', lang);
  return `?${params.toString()}`;
}

/**
 * Before a workbook is open: what the page is, a drop zone and a file chooser for an .xlsx,
 * the bundled example, and the promise that the workbook never leaves the browser.
 */
export function StartScreen({
  text,
  busy,
  messages,
  onFile,
  onExample,
}: StartScreenProps): ReactElement {
  const styles = usePreviewStyles();
  const input = useRef<HTMLInputElement>(null);
  const choose = () => input.current?.click();
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    // Cleared, so that choosing the same file again is a change too.
    event.currentTarget.value = '';
    if (file) onFile(file);
  };
  const disabled = busy !== undefined;

  return (
    <div className={styles.page}>
      <header className={styles.banner}>
        <img className={styles.logo} src="assets/logo-filled.png" alt="" width={28} height={28} />
        <span className={styles.brand}>{text.productName}</span>
        <span className={styles.tag}>{text.previewTag}</span>
        <span className={styles.spacer} />
        <Link href={languageHref(text.otherLanguage.lang)} lang={text.otherLanguage.lang}>
          {text.otherLanguage.label}
        </Link>
      </header>
      <main className={styles.start}>
        <h1 className={styles.startHeading}>{text.startHeading}</h1>
        <p className={styles.intro}>{text.startIntro}</p>
        {messages}
        <DropZone
          onFile={onFile}
          onPress={choose}
          disabled={disabled}
          label={text.dropZone}
          hint={text.dropZoneHint}
          activeLabel={text.dropZoneActive}
        />
        <input
          ref={input}
          type="file"
          accept=".xlsx,.xlsm"
          aria-label={text.fileInputLabel}
          hidden
          onChange={onChange}
        />
        <div className={styles.startActions}>
          <Button appearance="primary" icon={<FolderIcon />} disabled={disabled} onClick={choose}>
            {text.chooseFile}
          </Button>
          <Button disabled={disabled} onClick={onExample}>
            {text.tryExample}
          </Button>
          {busy !== undefined && <Spinner size="tiny" label={busy} />}
        </div>
        <p className={styles.privacy}>
          <LockIcon />
          <span>{text.privacy}</span>
        </p>
      </main>
    </div>
  );
}
