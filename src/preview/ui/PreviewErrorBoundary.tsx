import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { errorMessage } from '../../taskpane/shared/errorMessage';

/** Props of the page's error boundary. */
export interface PreviewErrorBoundaryProps {
  readonly children: ReactNode;
  /** Title of the error shown in place of the page. */
  readonly title: string;
  /** Label of the button that starts the page again. */
  readonly startAgain: string;
  /** Called by that button, before the page is rendered again. */
  readonly onReset: () => void;
}

interface State {
  readonly error: unknown;
  readonly failed: boolean;
}

/**
 * What stands between a bug in the page (or in the pane) and a blank screen: the error's
 * message in a MessageBar, and a button that goes back to the start screen.
 */
export class PreviewErrorBoundary extends Component<PreviewErrorBoundaryProps, State> {
  override state: State = { error: undefined, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // The message is on the page; the stack is for whoever opens the console.
    console.error(error, info.componentStack);
  }

  private readonly reset = (): void => {
    this.props.onReset();
    this.setState({ error: undefined, failed: false });
  };

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" style={{ padding: 24 }}>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{this.props.title}</MessageBarTitle>
            {errorMessage(this.state.error)}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={this.reset}>{this.props.startAgain}</Button>
          </MessageBarActions>
        </MessageBar>
      </div>
    );
  }
}
