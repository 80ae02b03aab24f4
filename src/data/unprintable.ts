/**
 * What a library would not print in a bibliography: words that show a "work" is our own working
 * material (a helper, a session, a tool, a file of this project), a trail of how a figure was found
 * ("via …", a GPS reading, a geocoder, a code sample), or a site that only copies others (a travel
 * gazetteer, a Wikipedia mirror, a pirated "read online" copy). Each entry says why, and what to cite
 * instead. A work's id and title are checked against all of them, its container and publisher
 * against the sites (its url is held to the lawful hosts of lawfulHosts.ts); a citation's locator (what a visitor reads after the work) against the words
 * that can only be ours. Add an entry only with its reason.
 */
export interface UnprintableWord {
  /** Matched against text with hyphens read as spaces, case-insensitively. */
  readonly pattern: RegExp;
  readonly reason: string;
}

/** Our own working material: never an author, a title or a passage. */
export const OUR_WORDS: readonly UnprintableWord[] = [
  {
    pattern: /\bhelpers?\b/i,
    reason: 'names one of the project’s helpers, who is no author; cite the project’s reconstruction and say the method',
  },
  {
    // "session" alone is history (the Congress's second session); ours are numbered or "this session"
    pattern: /\bsession \d+\b|\b(?:this|last|our|working) session\b/i,
    reason: 'names a working session of the project; cite the project’s reconstruction and say the method',
  },
  {
    pattern: /\b(?:tool|script|worktree|claude|chatgpt|llm)s?\b/i,
    reason: 'names a tool used to make the data, not a publication',
  },
  {
    pattern: /\/work\/|(?:^|[\s(])geo\/|\.geojson\b|\breport\.md\b/i,
    reason: 'names a file of this project, which a reader cannot open; say in plain words how the feature was drawn',
  },
];

/** How a figure was found, not where it is published. */
export const TRAIL_WORDS: readonly UnprintableWord[] = [
  {
    pattern: /\bvia\b/i,
    reason: '"via …" names the way a figure was found; cite the work that publishes it',
  },
  {
    pattern: /\bgps\b/i,
    reason: 'a GPS reading is not a publication; cite where the coordinate is published',
  },
  {
    pattern: /\bgeocod/i,
    reason: 'a geocoder’s answer is not a publication; cite the published address or coordinate, or say it is our estimate',
  },
  {
    pattern: /\bcode (?:sample|file)s?\b|\bpublic github\b|\bgithub (?:file|map|code)\b|\bpublic repository\b/i,
    reason:
      'a file in someone’s repository is not a publication; cite the dataset by its author and title, or OpenStreetMap',
  },
  {
    pattern: /\bmirror\b/i,
    reason: 'a copy of a publication; cite the original (a Wikipedia article on wikipedia.org)',
  },
  {
    pattern: /\brun ?city\b/i,
    reason: 'a city race’s route is not a publication; cite where the place is published, or say it is our estimate',
  },
];

/** Sites that copy others, or publish books without leave. */
export const UNFIT_SITES: readonly UnprintableWord[] = [
  {
    pattern: /\b(?:nearbywiki|tripomatic|aroundus|wikimapia)\b/i,
    reason: 'a travel site that copies coordinates from elsewhere; cite Wikipedia or the work it copies',
  },
  {
    pattern:
      /\bwiki org\b|wiki-org\.ru|\bkiwix\b|\bwikimili\b|\bwiki2\b|\bwikireading\b|\bqwertyu\b|\bmemim\b|\bkaisa\b|frwiki\.wiki|\bperceptio|\bstringtranslate\b|\beverything\.explained\b|\bpinocchiopedia\b|\b(?:de|en)-academic\b/i,
    reason: 'a copy of Wikipedia or of an encyclopaedia; cite the original on its own site',
  },
  {
    pattern:
      /\b(?:loveread|litfond|knigochet|bibliboba|litmir|rulit|libking|royallib|fenzin|knigi-chitat|bibliotekaonline|readboom|knigalit|litportal|myguidebook)\b/i,
    reason: 'an unlicensed "read online" copy of a book; cite the book (author, title, year, publisher)',
  },
];

/** A Wikipedia edition is one work ("wikipedia-ru"); an article of it is a citation's locator and url. */
export const WIKIPEDIA_EDITION = /^wikipedia-[a-z]{2,3}$/;
export const WIKIPEDIA_WORD = /\bwikipedia\b|википеди/i;
export const ONE_ARTICLE_OF_WIKIPEDIA =
  'is one article of Wikipedia; cite the edition ("wikipedia-ru", "wikipedia-en", …) with the article’s title in the locator and its page in url';

/** Text with the hyphens of an id read as spaces, so \b words match inside "banks2-helper-line". */
export const readable = (text: string) => text.replace(/-/g, ' ');

/** The first entry that matches, if any. */
export function firstMatch(text: string, words: readonly UnprintableWord[]): UnprintableWord | undefined {
  const plain = readable(text);
  return words.find((word) => word.pattern.test(text) || word.pattern.test(plain));
}
