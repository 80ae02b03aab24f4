import { describe, expect, it } from 'vitest';
import { isLawfulUrl } from './lawfulHosts.ts';

describe('isLawfulUrl', () => {
  it('accepts a listed host and its subdomains', () => {
    expect(isLawfulUrl('https://ru.wikipedia.org/wiki/Аврора')).toBe(true);
    expect(isLawfulUrl('https://www.marxists.org/archive/reed/1919/10days/')).toBe(true);
  });
  it('refuses other hosts, look-alikes and non-addresses', () => {
    expect(isLawfulUrl('https://loveread.ec/read_book.php?id=99490')).toBe(false);
    expect(isLawfulUrl('https://notwikipedia.org/wiki/x')).toBe(false);
    expect(isLawfulUrl('https://wikipedia.org.example.com/')).toBe(false);
    expect(isLawfulUrl('not an address')).toBe(false);
  });
});
