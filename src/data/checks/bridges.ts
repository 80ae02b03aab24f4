/**
 * Bridges against the land: a drawspan is where the bridge opens to let ships through, so both its
 * ends lie over the water. A drawspan drawn onto a bank (a line turned or lengthened without moving
 * its span, as the Troitsky Bridge was) would show the gap of a raised bridge on dry land.
 */
import { along, length, lineString } from '@turf/turf';
import type { LonLat } from '../../model/extent.ts';
import { GEO_FILES } from '../files.ts';
import type { DataSet } from '../parse.ts';
import type { Problem } from '../problems.ts';

export function checkBridges(data: DataSet, onLand: (position: LonLat) => boolean): Problem[] {
  const problems: Problem[] = [];
  for (const bridge of data.bridges) {
    const span = bridge.properties.drawspan;
    if (!span) continue;
    const line = lineString(bridge.geometry.coordinates);
    const total = length(line);
    for (const share of [span.start, span.end]) {
      const [lon = NaN, lat = NaN] = along(line, total * share).geometry.coordinates;
      if (onLand([lon, lat])) {
        problems.push({
          file: GEO_FILES.bridges,
          featureId: bridge.properties.id,
          field: 'properties.drawspan',
          message: `the drawspan (${span.start}–${span.end} of the line) reaches onto land at [${lon.toFixed(5)}, ${lat.toFixed(5)}]; an opening span lies over the water`,
        });
        break;
      }
    }
  }
  return problems;
}
