/** Which source each stateful feature lives in, so feature state is set on the right one. Pure. */
import { STATEFUL_SOURCES, type MapData } from './mapData.ts';

export type StatefulSource = (typeof STATEFUL_SOURCES)[number];

export function sourceIndex(data: MapData): Map<string, StatefulSource> {
  const index = new Map<string, StatefulSource>();
  for (const source of STATEFUL_SOURCES) {
    for (const feature of data[source].features) {
      const id: unknown = feature.properties?.id;
      if (typeof id === 'string') index.set(id, source);
    }
  }
  return index;
}
