import { mergeClasses } from '@fluentui/react-components';
import { memo, type ReactElement } from 'react';
import { qualifiedA1 } from '../../core/model/address';
import type { Diagnostic } from '../../core/model/diagnostic';
import { useValidateStyles } from './useValidateStyles.styles';

/** Props of one finding in the list. */
export interface FindingItemProps {
  readonly finding: Diagnostic;
  /** Select the finding's cell. */
  readonly onSelect: (finding: Diagnostic) => void;
  /** Accessible name of the button, from the message and the address. */
  readonly label: (message: string, address: string) => string;
}

/** A finding as a button: its message, its cell's address and its code; pressing it selects the cell. */
export const FindingItem = memo(function FindingItem({
  finding,
  onSelect,
  label,
}: FindingItemProps): ReactElement {
  const styles = useValidateStyles();
  const address = qualifiedA1(finding.location.sheet, finding.location.a1);
  return (
    <li>
      <button
        type="button"
        className={mergeClasses(styles.item, styles[finding.severity])}
        aria-label={label(finding.message, address)}
        onClick={() => onSelect(finding)}
      >
        <span className={styles.message}>{finding.message}</span>
        <span className={styles.meta}>
          <span className={styles.address}>{address}</span> · {finding.code}
        </span>
      </button>
    </li>
  );
});
