import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { Lang } from '../time/format.ts';
import { ErrorLayout } from './ErrorScreen.tsx';
import { t } from './i18n.ts';

interface Props {
  lang: Lang;
  children: ReactNode;
  /** Kiosk: start afresh by itself after this long, since nobody may be there to press the button. */
  autoRetryMs?: number;
  onError?: () => void;
}

/** Catches a render error anywhere below and offers a fresh start instead of a blank page. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  private retryTimer: number | undefined;

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Petrograd 1917: render error', error, info.componentStack);
    this.props.onError?.();
    if (this.props.autoRetryMs !== undefined) {
      window.clearTimeout(this.retryTimer);
      this.retryTimer = window.setTimeout(() => this.setState({ error: null }), this.props.autoRetryMs);
    }
  }

  override componentWillUnmount() {
    window.clearTimeout(this.retryTimer);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <ErrorLayout testId="app-error" title={t('appErrorTitle', this.props.lang)} text={error.message}>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {t('retry', this.props.lang)}
        </button>
      </ErrorLayout>
    );
  }
}
