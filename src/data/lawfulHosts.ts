/**
 * The hosts a source may link to: places where a work is lawfully published. A link elsewhere — a
 * "read online" copy of a book, a mirror, a repost — is refused by the citation check, because a museum
 * cannot print it. Add a host only with the reason it is lawful. A host matches itself and its
 * subdomains (e.g. "wikipedia.org" matches "ru.wikipedia.org").
 */
export const LAWFUL_HOSTS: Readonly<Record<string, string>> = {
  'wikipedia.org': 'Wikipedia, CC BY-SA, published by the Wikimedia Foundation',
  'wikisource.org': 'Wikisource: public-domain and freely licensed texts',
  'wikimedia.org': 'Wikimedia Commons: freely licensed media',
  'wikidata.org': 'Wikidata, CC0',
  'marxists.org':
    'Marxists Internet Archive: texts published with the rights holders’ leave or in the public domain',
  'gutenberg.org': 'Project Gutenberg: public-domain books',
  'prlib.ru': 'Presidential Library named after B. N. Yeltsin (state library)',
  'openstreetmap.org': 'OpenStreetMap, ODbL',
  'github.com':
    'public repositories whose data is published under an open licence (named in the citing file)',
  'encspb.ru': 'Encyclopaedia of St Petersburg (Likhachev Foundation), published by its authors',
  'project1917.ru': 'Project 1917, published by its authors',
  'project1917.com': 'Project 1917 (English edition), published by its authors',
  'bartleby.com': 'Bartleby.com: public-domain edition of Reed, Ten Days That Shook the World',
  'ehistory.osu.edu': 'eHistory, Ohio State University: public-domain historical documents',
  'jacobin.com': 'Jacobin magazine, the publisher of the article cited',
  'hermitagemuseum.org': 'State Hermitage Museum',
  'spbmuseum.ru': 'Museum of the History of St Petersburg',
  'visit-petersburg.ru': 'the official tourist portal of St Petersburg',
  'mostotrest-spb.ru': 'SPb GBU Mostotrest, the state body that keeps the city’s bridges: its register of the bridges and their history',
  'mostpro.ru': 'Mosty Rossii (Bridges of Russia), the publisher of the bridge articles cited',
  'gorodovoy.ru': 'Gorodovoy, a St Petersburg news site: the publisher of the article cited (on the land reclaimed from the Gulf)',
};

/** The host of an address, or null if it is not an address. */
function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** True when the address is on a lawful host or one of its subdomains. */
export function isLawfulUrl(url: string): boolean {
  const host = hostOf(url);
  if (host === null) return false;
  return Object.keys(LAWFUL_HOSTS).some((lawful) => host === lawful || host.endsWith(`.${lawful}`));
}
