import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stateCommand } from './state.ts';

const FIXTURE = resolve(import.meta.dirname, '../data/test/in/valid');

describe('npm run state', () => {
  it('prints the city at a moment as JSON, bridge position for bridges only', () => {
    const result = stateCommand(['1917-11-06T17:30'], FIXTURE);
    expect(result.code).toBe(0);
    const snapshot = JSON.parse(result.stdout) as {
      at: string;
      features: { id: string; bridge?: string; control: string; certainty: string }[];
      lenin: { lon: number; lat: number; status: string };
    };
    expect(snapshot.at).toBe('1917-11-06T17:30');
    const liteiny = snapshot.features.find((feature) => feature.id === 'bridge-liteiny');
    expect(liteiny).toMatchObject({ bridge: 'raised', control: 'government', certainty: 'confirmed' });
    const smolny = snapshot.features.find((feature) => feature.id === 'smolny');
    expect(smolny).toMatchObject({ control: 'mrc' });
    expect(smolny).not.toHaveProperty('bridge');
    expect(snapshot.lenin).toMatchObject({ lon: 30.34, lat: 59.98, status: 'at-flat' });
  });

  it('refuses a malformed time with exit code 2 and says what form it wants', () => {
    const result = stateCommand(['1917-11-7T4:00'], FIXTURE);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not a time of the form YYYY-MM-DDTHH:mm');
  });

  it('refuses a time outside the story', () => {
    const result = stateCommand(['1917-11-20T12:00'], FIXTURE);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('outside the story');
  });

  it('refuses to run without a time', () => {
    expect(stateCommand([], FIXTURE).code).toBe(2);
  });
});
