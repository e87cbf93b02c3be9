import { mergeClasses } from '@fluentui/react-components';
import { useState, type DragEvent, type ReactElement } from 'react';
import { UploadIcon } from './previewIcons';
import { usePreviewStyles } from './usePreviewStyles.styles';

/** Props of the start screen's drop zone. */
export interface DropZoneProps {
  /** The first file dropped. */
  readonly onFile: (file: File) => void;
  /** Pressed (click, Enter or Space): choose a file instead. */
  readonly onPress: () => void;
  readonly disabled: boolean;
  readonly label: string;
  readonly hint: string;
  readonly activeLabel: string;
}

/** Whether a drag carries files (not text or a link). */
const carriesFiles = (event: DragEvent) =>
  Array.from(event.dataTransfer?.types ?? []).includes('Files');

/**
 * A large button that takes a dropped workbook, and, pressed, opens the file chooser — so it
 * is reachable and usable from the keyboard too.
 */
export function DropZone({
  onFile,
  onPress,
  disabled,
  label,
  hint,
  activeLabel,
}: DropZoneProps): ReactElement {
  const styles = usePreviewStyles();
  const [over, setOver] = useState(false);

  const onDragOver = (event: DragEvent<HTMLButtonElement>) => {
    if (disabled || !carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDragLeave = (event: DragEvent<HTMLButtonElement>) => {
    const to = event.relatedTarget;
    if (to instanceof Node && event.currentTarget.contains(to)) return;
    setOver(false);
  };
  const onDrop = (event: DragEvent<HTMLButtonElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer?.files?.[0];
    if (!disabled && file) onFile(file);
  };

  return (
    <button
      type="button"
      className={mergeClasses(styles.dropZone, over && styles.dropZoneOver)}
      disabled={disabled}
      onClick={onPress}
      onDragEnter={onDragOver}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      <UploadIcon />
      <span className={styles.dropZoneLabel}>{over ? activeLabel : label}</span>
      <span className={styles.dropZoneHint}>{hint}</span>
    </button>
  );
}
