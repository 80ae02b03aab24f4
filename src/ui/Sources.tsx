import { createContext, useContext } from 'react';
import type { Citation, Work } from '../model/schemas.ts';
import type { Lang } from '../time/format.ts';
import { formatCitation } from './bibliography.ts';
import { t } from './i18n.ts';

/** The bibliography (geo/sources.json) by work id, provided once the data has loaded. */
export const BibliographyContext = createContext<ReadonlyMap<string, Work>>(new Map());

/** A list of sources, each read as a bibliography entry. Addresses are shown as text: the app never leaves its own origin. */
export function Sources({ sources, lang }: { sources: readonly Citation[]; lang: Lang }) {
  const works = useContext(BibliographyContext);
  return (
    <div className="sources">
      <span className="sources-label">{t('sources', lang)}:</span>
      <ul>
        {sources.map((citation, index) => {
          const entry = formatCitation(citation, works.get(citation.ref), lang);
          return (
            <li key={index}>
              {entry.author ? `${entry.author}. ` : ''}
              <cite>{entry.title}</cite>
              {entry.published ? `. ${entry.published}` : ''}
              {entry.locator ? `. ${entry.locator}` : ''}
              {entry.link ? (
                <span className="source-url" title={entry.link.href}>
                  {' '}
                  — {entry.link.site}: {entry.link.address}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
