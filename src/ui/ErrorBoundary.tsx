import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { Lang } from '../time/format.ts';
import { t } from './i18n.ts';

interface Props {
  lang: Lang;
  children: ReactNode;
}

/** Catches a render error anywhere below and offers a fresh start instead of a blank page. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Petrograd 1917: render error', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="error-screen" role="alert">
        <h1>{t('appErrorTitle', this.props.lang)}</h1>
        <p>{error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {t('retry', this.props.lang)}
        </button>
      </main>
    );
  }
}
