import { describe, expect, it } from 'vitest';
import { Citation, Work } from '../model/schemas.ts';
import { formatCitation, readableAddress, siteName } from './bibliography.ts';

const book = Work.parse({
  id: 'pearson-1975',
  type: 'book',
  author: 'Michael Pearson',
  title: 'The Sealed Train',
  year: 1975,
  publisher: "G. P. Putnam's Sons",
  place: 'New York',
});
const article = Work.parse({
  id: 'vokrug-sveta-2007',
  type: 'article',
  title: { en: 'Hour by hour (Vokrug Sveta)', ru: 'Час за часом' },
  container: { en: 'Vokrug Sveta', ru: 'Вокруг света' },
  issue: 11,
  year: 2007,
});
const site = Work.parse({
  id: 'wikipedia-ru',
  type: 'website',
  title: { en: 'Russian Wikipedia', ru: 'Русская Википедия' },
  url: 'https://ru.wikipedia.org/',
});

describe('formatCitation', () => {
  it('reads a book as author, title, place: publisher, year, then the passage', () => {
    const citation: Citation = { ref: 'pearson-1975', locator: { en: 'ch. 16', ru: 'гл. 16' } };
    expect(formatCitation(citation, book, 'en')).toEqual({
      author: 'Michael Pearson',
      title: 'The Sealed Train',
      published: "New York: G. P. Putnam's Sons, 1975",
      locator: 'ch. 16',
    });
    expect(formatCitation(citation, book, 'ru').locator).toBe('гл. 16');
  });

  it('puts an article in its journal and issue, in the visitor’s language', () => {
    const entry = formatCitation({ ref: 'vokrug-sveta-2007' }, article, 'ru');
    expect(entry.title).toBe('Час за часом');
    expect(entry.published).toBe('Вокруг света. № 11. 2007');
    expect(formatCitation({ ref: 'vokrug-sveta-2007' }, article, 'en').published).toBe('Vokrug Sveta. no. 11. 2007');
  });

  it('links the cited page before the work’s own address, decoded and named by its site', () => {
    const url = 'https://ru.wikipedia.org/wiki/%D0%94%D0%B2%D0%BE%D1%80%D1%86%D0%BE%D0%B2%D1%8B%D0%B9_%D0%BC%D0%BE%D1%81%D1%82';
    expect(formatCitation({ ref: 'wikipedia-ru', url }, site, 'en').link).toEqual({
      href: url,
      site: 'Russian Wikipedia',
      address: 'ru.wikipedia.org/wiki/Дворцовый_мост',
    });
    expect(formatCitation({ ref: 'wikipedia-ru' }, site, 'en').link?.href).toBe('https://ru.wikipedia.org/');
  });

  it('reads a Wikipedia article as the edition, then the article and what it gives, in both languages', () => {
    const citation = Citation.parse({
      ref: 'wikipedia-ru',
      locator: { en: '«Аничков мост»: 59°55′59″ N 30°20′36″ E', ru: '«Аничков мост»: 59°55′59″ с. ш. 30°20′36″ в. д.' },
      url: 'https://ru.wikipedia.org/wiki/Аничков_мост',
    });
    const wikipedia = Work.parse({ ...site, publisher: 'Wikimedia Foundation' });
    const line = (lang: 'en' | 'ru') => {
      const entry = formatCitation(citation, wikipedia, lang);
      return [entry.title, entry.published, entry.locator].filter(Boolean).join(', ');
    };
    expect(line('en')).toBe('Russian Wikipedia, «Аничков мост»: 59°55′59″ N 30°20′36″ E');
    expect(line('ru')).toBe('Русская Википедия, «Аничков мост»: 59°55′59″ с. ш. 30°20′36″ в. д.');
    // cited as a whole, the site keeps its publisher
    expect(formatCitation({ ref: 'wikipedia-ru' }, wikipedia, 'en').published).toBe('Wikimedia Foundation');
  });

  it('shows the bare reference when the work is unknown', () => {
    expect(formatCitation({ ref: 'lost' }, undefined, 'en')).toEqual({ title: 'lost' });
  });
});

describe('addresses', () => {
  it('decodes percent-escapes and leaves a malformed one as written', () => {
    expect(readableAddress('https://example.org/a%20b/')).toBe('example.org/a b');
    expect(readableAddress('https://example.org/%E0%A4%A')).toBe('example.org/%E0%A4%A');
  });
  it('names a site by its host without www', () => {
    expect(siteName('https://www.marxists.org/archive/reed/')).toBe('marxists.org');
  });
});

describe('addresses at the data edge', () => {
  it('keeps a link percent-encoded however the data wrote it', () => {
    const written = Citation.parse({ ref: 'wikipedia-ru', url: 'https://ru.wikipedia.org/wiki/Литейный_мост' });
    expect(written.url).toBe('https://ru.wikipedia.org/wiki/%D0%9B%D0%B8%D1%82%D0%B5%D0%B9%D0%BD%D1%8B%D0%B9_%D0%BC%D0%BE%D1%81%D1%82');
    expect(readableAddress(written.url ?? '')).toBe('ru.wikipedia.org/wiki/Литейный_мост');
  });
});
