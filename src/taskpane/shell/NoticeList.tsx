import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarGroup,
  MessageBarTitle,
} from '@fluentui/react-components';
import { DismissIcon } from '../shared/icons';
import type { ReactElement } from 'react';
import type { Notice } from './useNotices';

/** Props of the list of notices at the top of the pane. */
export interface NoticeListProps {
  readonly notices: readonly Notice[];
  readonly onDismiss: (id: number) => void;
  /** Accessible name of the region. */
  readonly label: string;
  /** Accessible name of each notice's dismiss button. */
  readonly dismissLabel: string;
}

/** The pane's notices as Fluent MessageBars (errors announced at once), newest last. */
export function NoticeList({
  notices,
  onDismiss,
  label,
  dismissLabel,
}: NoticeListProps): ReactElement | null {
  if (notices.length === 0) return null;
  return (
    <section aria-label={label}>
      <MessageBarGroup>
        {notices.map((notice) => (
          <MessageBar key={notice.id} intent={notice.intent} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{notice.title}</MessageBarTitle>
              {notice.body}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  aria-label={dismissLabel}
                  icon={<DismissIcon />}
                  onClick={() => onDismiss(notice.id)}
                />
              }
            />
          </MessageBar>
        ))}
      </MessageBarGroup>
    </section>
  );
}
