/**
 * The name a visitor knows a site by, for the text of a source's link ("Russian Wikipedia",
 * "Marxists Internet Archive"), instead of its host. A host matches itself and its subdomains.
 */
import type { Work } from '../model/schemas.ts';
import type { Lang } from '../time/format.ts';

const SITE_NAMES: Readonly<Record<string, Record<Lang, string>>> = {
  'wikipedia.org': { en: 'Wikipedia', ru: 'Википедия' },
  'wikisource.org': { en: 'Wikisource', ru: 'Викитека' },
  'wikimedia.org': { en: 'Wikimedia Commons', ru: 'Викисклад' },
  'wikidata.org': { en: 'Wikidata', ru: 'Викиданные' },
  'marxists.org': { en: 'Marxists Internet Archive', ru: 'Marxists Internet Archive' },
  'gutenberg.org': { en: 'Project Gutenberg', ru: 'Проект «Гутенберг»' },
  'prlib.ru': { en: 'Presidential Library', ru: 'Президентская библиотека' },
  'openstreetmap.org': { en: 'OpenStreetMap', ru: 'OpenStreetMap' },
  'github.com': { en: 'GitHub', ru: 'GitHub' },
  'encspb.ru': { en: 'Encyclopaedia of St Petersburg', ru: 'Энциклопедия Санкт-Петербурга' },
  'project1917.ru': { en: 'Project 1917', ru: 'Проект1917' },
  'project1917.com': { en: 'Project 1917', ru: 'Проект1917' },
  'bartleby.com': { en: 'Bartleby.com', ru: 'Bartleby.com' },
  'ehistory.osu.edu': { en: 'eHistory (Ohio State University)', ru: 'eHistory (Университет штата Огайо)' },
  'jacobin.com': { en: 'Jacobin', ru: 'Jacobin' },
  'hermitagemuseum.org': { en: 'State Hermitage Museum', ru: 'Государственный Эрмитаж' },
  'spbmuseum.ru': { en: 'Museum of the History of St Petersburg', ru: 'Музей истории Санкт-Петербурга' },
  'visit-petersburg.ru': { en: 'Visit Petersburg', ru: 'Визит-Петербург' },
};

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

const matches = (host: string, site: string) => host === site || host.endsWith(`.${site}`);

/**
 * The site's name for a link to `url` from a citation of `work`: the work's own title when the work
 * is that website ("Russian Wikipedia"), else the site's known name, else its host.
 */
export function siteLabel(url: string, work: Work | undefined, lang: Lang): string {
  const host = hostOf(url);
  if (host === null) return url;
  const workHost = work?.url ? hostOf(work.url) : null;
  if (work && work.type === 'website' && workHost === host) return work.title[lang];
  const known = Object.entries(SITE_NAMES).find(([site]) => matches(host, site));
  return known ? known[1][lang] : host;
}
