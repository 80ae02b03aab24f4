import type { Source } from '../model/schemas.ts';
import type { Lang } from '../time/format.ts';
import { t } from './i18n.ts';

/** A list of sources. URLs are shown as text, not links: the app never leaves its own origin. */
export function Sources({ sources, lang }: { sources: readonly Source[]; lang: Lang }) {
  return (
    <div className="sources">
      <span className="sources-label">{t('sources', lang)}:</span>
      <ul>
        {sources.map((source, index) => (
          <li key={index}>
            <cite>{source.work}</cite>
            {source.locator ? `, ${source.locator}` : ''}
            {source.url ? <span className="source-url"> — {source.url}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
