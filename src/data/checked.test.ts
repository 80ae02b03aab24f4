import { describe, expect, it } from 'vitest';
import { allChecked, checkedRecord, fingerprint, parseCheckedRecord } from './checked.ts';
import { GEO_FILES } from './files.ts';
import { readGeoFiles } from './readGeoFiles.ts';

const texts = readGeoFiles();

describe('fingerprint', () => {
  it('is 16 hex digits and the same for the same text', () => {
    expect(fingerprint(texts.timeline)).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint(texts.timeline)).toBe(fingerprint(`${texts.timeline}`));
  });

  it('changes with one character, one swapped pair and the length', () => {
    const base = fingerprint('{"a": 1}');
    expect(fingerprint('{"a": 2}')).not.toBe(base);
    expect(fingerprint('{"a" :1}')).not.toBe(base);
    expect(fingerprint('{"a": 1} ')).not.toBe(base);
    expect(fingerprint('')).not.toBe(fingerprint('\u0000'));
  });

  it('tells apart every data file', () => {
    const prints = Object.values(texts).map(fingerprint);
    expect(new Set(prints).size).toBe(prints.length);
  });
});

describe('the build record', () => {
  it('covers every file the app reads', () => {
    const record = checkedRecord(texts);
    expect(Object.keys(record.files).sort()).toEqual(Object.values(GEO_FILES).sort());
    expect(allChecked(texts, record)).toBe(true);
  });

  it('does not cover a file changed after the build, by one byte', () => {
    const record = checkedRecord(texts);
    expect(allChecked({ ...texts, stories: texts.stories.replace('"', ' "') }, record)).toBe(false);
  });

  it('does not cover a file the record does not name', () => {
    const record = checkedRecord(texts);
    delete record.files[GEO_FILES.movers];
    expect(allChecked(texts, record)).toBe(false);
  });

  it('counts a missing, empty or garbled record as none', () => {
    expect(allChecked(texts, null)).toBe(false);
    expect(parseCheckedRecord(null)).toBeNull();
    expect(parseCheckedRecord('')).toBeNull();
    expect(parseCheckedRecord('<html>not found</html>')).toBeNull();
    expect(parseCheckedRecord('{"files": 3}')).toBeNull();
    const record = checkedRecord(texts);
    expect(parseCheckedRecord(JSON.stringify(record))).toEqual(record);
  });
});
