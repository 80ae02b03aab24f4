import { createContext, useContext } from 'react';
import type { Citation, Work } from '../model/schemas.ts';
import type { Lang } from '../time/format.ts';
import { formatCitation } from './bibliography.ts';
import { t } from './i18n.ts';

/** The bibliography (geo/sources.json) by work id, provided once the data has loaded. */
export const BibliographyContext = createContext<ReadonlyMap<string, Work>>(new Map());

/**
 * Whether a source's address may be a link. The app itself never asks another origin for anything:
 * a link opens the page in a new tab only when the visitor presses it, which is fine on a desktop or
 * a phone. A kiosk shows addresses as text only — there a new tab would strand the next visitor
 * outside the exhibit, with no network behind it.
 */
export const SourceLinksContext = createContext(true);

/** A list of sources, each read as a bibliography entry: author and title first, then the site by name. */
export function Sources({ sources, lang }: { sources: readonly Citation[]; lang: Lang }) {
  const works = useContext(BibliographyContext);
  const linkable = useContext(SourceLinksContext);
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
              {entry.locator ? `, ${entry.locator}` : ''}
              {entry.link ? (
                <>
                  {'. '}
                  {linkable ? (
                    <a href={entry.link.href} target="_blank" rel="noopener noreferrer external" className="source-link">
                      {entry.link.site}
                    </a>
                  ) : (
                    <span className="source-site">{entry.link.site}</span>
                  )}
                  : <span className="source-url">{entry.link.address}</span>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
