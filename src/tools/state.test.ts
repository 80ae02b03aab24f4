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

describe('npm run state: movers', () => {
  it('lists every mover on the map with its mode, position, status and uncertainty, Lenin among them, and keeps the lenin key', () => {
    const result = stateCommand(['1917-11-07T01:00'], FIXTURE);
    expect(result.code).toBe(0);
    const snapshot = JSON.parse(result.stdout) as {
      lenin: { status: string };
      movers: { id: string; name: { en: string; ru: string }; mode: string; lon: number; lat: number; status: string; estimated: boolean; uncertainty_m: number }[];
    };
    expect(snapshot.lenin.status).toBe('at-smolny');
    expect(snapshot.movers.map((m) => m.id)).toEqual(['fixture-ship', 'lenin']);
    const ship = snapshot.movers[0]!;
    expect(Object.keys(ship).sort()).toEqual(['estimated', 'id', 'lat', 'lon', 'mode', 'name', 'status', 'uncertainty_m']);
    expect(ship).toMatchObject({ mode: 'tow', status: 'moving', estimated: true });
    expect(snapshot.movers[1]).toMatchObject({ id: 'lenin', status: 'stopped', name: { en: 'Lenin', ru: 'Тест lenin' } });
  });
});
