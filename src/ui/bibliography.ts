/**
 * How a citation reads on screen: as a bibliography entry (author, title, where and when published,
 * then the passage), in the visitor's language. Pure; the React list is in Sources.tsx.
 */
import type { Citation, Localized, Work } from '../model/schemas.ts';
import type { Lang } from '../time/format.ts';
import { siteLabel } from './siteNames.ts';

export interface CitationText {
  /** The author (or editor), if the work names one. */
  author?: string;
  /** The title, set in italics. */
  title: string;
  /** Where and when: container, volume, issue, place, publisher, year. */
  published?: string;
  /** The passage: chapter, page or what it tells. */
  locator?: string;
  /** A lawful page that shows the work or the passage. */
  link?: { href: string; site: string; address: string };
}

const EDITOR: Localized = { en: 'ed.', ru: 'ред.' };
const VOLUME: Localized = { en: 'vol.', ru: 'т.' };
const ISSUE: Localized = { en: 'no.', ru: '№' };

/** An address as a person reads it: percent-escapes decoded, the scheme left off. */
export function readableAddress(url: string): string {
  let decoded = url;
  try {
    decoded = decodeURI(url);
  } catch {
    // a malformed escape: show the address as written
  }
  return decoded.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/** The site's name for a link: its host without "www.". */
export function siteName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export function formatCitation(citation: Citation, work: Work | undefined, lang: Lang): CitationText {
  if (work === undefined) {
    // Validation refuses a citation of an unknown work; this only guards a hand-edited build.
    return { title: citation.ref };
  }
  const author = work.author?.[lang] ?? (work.editor ? `${work.editor[lang]} (${EDITOR[lang]})` : undefined);
  const where = [
    work.container?.[lang],
    work.volume !== undefined ? `${VOLUME[lang]} ${work.volume}` : undefined,
    work.issue !== undefined ? `${ISSUE[lang]} ${work.issue}` : undefined,
  ].filter((part): part is string => part !== undefined);
  const imprint = [work.place?.[lang], work.publisher?.[lang]]
    .filter((part): part is string => part !== undefined)
    .join(': ');
  // A website cited at one of its pages reads as the site, then the page ("Russian Wikipedia, «Аничков
  // мост»: …"); its publisher would stand between them and the page's address follows anyway.
  const atAPage = work.type === 'website' && citation.url !== undefined && citation.locator !== undefined;
  const published = atAPage
    ? ''
    : [...where, [imprint, work.year].filter(Boolean).join(', ')].filter(Boolean).join('. ');
  const href = citation.url ?? work.url;
  const text: CitationText = { title: work.title[lang] };
  if (author !== undefined) text.author = author;
  if (published !== '') text.published = published;
  if (citation.locator !== undefined) text.locator = citation.locator[lang];
  if (href !== undefined) text.link = { href, site: siteLabel(href, work, lang), address: readableAddress(href) };
  return text;
}
