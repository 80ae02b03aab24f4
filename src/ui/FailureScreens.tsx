/**
 * Failures that explain themselves, in the visitor's language and with nothing that leads to
 * another site: the data that never arrived (with a retry; the kiosk retries by itself), and a
 * browser that cannot draw the map (the map as text stays one press away).
 */
import { Component, useEffect, useState, type ReactNode } from 'react';
import type { Problem } from '../data/problems.ts';
import { canDrawMap } from '../map/webgl.ts';
import type { Lang } from '../time/format.ts';
import { REVEAL_SHEET_EVENT } from './BottomSheet.tsx';
import { t } from './i18n.ts';
import { ErrorLayout, ProblemList } from './ErrorScreen.tsx';

/** The data did not arrive (no answer within the timeout, or no connection). */
export function LoadFailedScreen({
  problems,
  lang,
  onRetry,
  autoRetryMs,
}: {
  problems: readonly Problem[];
  lang: Lang;
  onRetry: () => void;
  /** Kiosk: nobody may be there to press the button, so it tries again by itself after this long. */
  autoRetryMs?: number | undefined;
}) {
  const [left, setLeft] = useState(autoRetryMs === undefined ? 0 : Math.ceil(autoRetryMs / 1000));
  useEffect(() => {
    if (autoRetryMs === undefined) return;
    const retry = window.setTimeout(onRetry, autoRetryMs);
    const tick = window.setInterval(() => setLeft((value) => Math.max(0, value - 1)), 1000);
    return () => {
      window.clearTimeout(retry);
      window.clearInterval(tick);
    };
  }, [autoRetryMs, onRetry]);
  return (
    <ErrorLayout testId="load-error" title={t('loadFailedTitle', lang)} text={t('loadFailedText', lang)}>
      {autoRetryMs !== undefined && (
        <p data-testid="auto-retry">
          {t('retryingIn', lang)} {left} {t('secondsShort', lang)}
        </p>
      )}
      <button type="button" onClick={onRetry} data-testid="retry">
        {t('retry', lang)}
      </button>
      <details className="error-details">
        <summary>{t('technicalDetails', lang)}</summary>
        <ProblemList problems={problems} />
      </details>
    </ErrorLayout>
  );
}

/** Opens the text version of the map (in the bottom sheet on a phone) and moves focus to it. */
function showMapAsText() {
  window.dispatchEvent(new Event(REVEAL_SHEET_EVENT));
  // the sheet renders its body on the next frame
  window.requestAnimationFrame(() => {
    const details = document.querySelector<HTMLDetailsElement>('details.city-text');
    if (!details) return;
    details.open = true;
    const summary = details.querySelector('summary');
    summary?.focus();
    summary?.scrollIntoView({ block: 'start' });
  });
}

/** Where the map would be: why it is not, and the way to the same picture in words. */
export function NoMapNotice({ lang }: { lang: Lang }) {
  return (
    <section className="no-map" role="status" aria-labelledby="no-map-title" data-testid="no-map">
      <h2 id="no-map-title">{t('noMapTitle', lang)}</h2>
      <p>{t('webglMissing', lang)}</p>
      <p>{t('noMapText', lang)}</p>
      <button type="button" onClick={showMapAsText} data-testid="show-map-as-text">
        {t('showMapAsText', lang)}
      </button>
    </section>
  );
}

interface MapOrTextProps {
  lang: Lang;
  children: ReactNode;
  /** Told once when the map will not be drawn (no WebGL 2, or the map failed to start). */
  onNoMap?: () => void;
}

/**
 * Renders the map where the browser can draw it, else NoMapNotice. Also catches the map's own
 * failure to start (a WebGL 2 context refused after the check), so MapLibre's English message
 * never reaches the visitor.
 */
export class MapOrText extends Component<MapOrTextProps, { failed: boolean }> {
  override state = { failed: !canDrawMap() };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidMount() {
    if (this.state.failed) this.props.onNoMap?.();
  }

  override componentDidUpdate(_props: MapOrTextProps, previous: { failed: boolean }) {
    if (this.state.failed && !previous.failed) this.props.onNoMap?.();
  }

  override render() {
    return this.state.failed ? <NoMapNotice lang={this.props.lang} /> : this.props.children;
  }
}
