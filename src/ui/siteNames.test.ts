import { describe, expect, it } from 'vitest';
import { Work } from '../model/schemas.ts';
import { siteLabel } from './siteNames.ts';

const wikipediaRu = Work.parse({
  id: 'wikipedia-ru',
  type: 'website',
  title: { en: 'Russian Wikipedia', ru: 'Русская Википедия' },
  url: 'https://ru.wikipedia.org/',
});
const reed = Work.parse({ id: 'reed-1919', type: 'book', author: 'John Reed', title: 'Ten Days That Shook the World', year: 1919 });

describe('siteLabel', () => {
  it('names a website by the work itself, in the visitor’s language', () => {
    expect(siteLabel('https://ru.wikipedia.org/wiki/X', wikipediaRu, 'en')).toBe('Russian Wikipedia');
    expect(siteLabel('https://ru.wikipedia.org/wiki/X', wikipediaRu, 'ru')).toBe('Русская Википедия');
  });
  it('names a known site for a book read there, else shows the host', () => {
    expect(siteLabel('https://www.marxists.org/archive/reed/1919/10days/', reed, 'en')).toBe('Marxists Internet Archive');
    expect(siteLabel('https://en.wikisource.org/wiki/Ten_Days', reed, 'ru')).toBe('Викитека');
    expect(siteLabel('https://example.org/page', reed, 'en')).toBe('example.org');
  });
});
