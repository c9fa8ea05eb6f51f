/**
 * Per-place outcomes for the county view: `places/<arm>.csv` of an experiment folder (means over
 * replicates, with `point` and the swept values) or `places.csv` of a run folder (one run's
 * values), read into the compact arrays of {@link PlaceData} with the synthetic county layout.
 */
import { PLACE_METRICS } from '../engine/metrics/places.ts';
import { columns, numberCell, readCsv, type CsvTable } from './csv.ts';
import type { FolderFiles } from '../output/folderFiles.ts';
import { countyLayout } from './layout.ts';
import { round, type PlaceData } from './reportData.ts';
import { TickIndex } from './ticks.ts';

/** A per-place table (a path inside the folder) and the arm it belongs to. */
export interface PlaceFile {
  path: string;
  arm: number;
}

/**
 * Values embedded at most (arms × points × ticks × places × metrics). The flagship experiment on
 * the typical county needs about 135,000; a sweep over many points keeps its first points only.
 */
export const PLACE_VALUE_BUDGET = 600_000;
/** Significant digits of a per-place value: it only picks a colour and a hover label. */
const PLACE_DIGITS = 3;

/**
 * Reads the per-place tables. `value` names the value column (`mean` in experiment folders,
 * `value` in run folders, which have no `point` column). Returns null when no table exists.
 */
export function readPlaces(folder: FolderFiles, files: readonly PlaceFile[], armCount: number, pointCount: number, value: 'mean' | 'value', budget = PLACE_VALUE_BUDGET): { data: PlaceData; keptPoints: number } | null {
  const tables: { table: CsvTable; arm: number; file: string }[] = [];
  for (const f of files) {
    const table = readCsv(folder, f.path);
    if (table !== null) tables.push({ table, arm: f.arm, file: f.path });
  }
  if (tables.length === 0) return null;

  const ticks = new TickIndex();
  const township = new Map<number, number>();
  const urban = new Map<number, number>();
  const residents = new Map<number, number>();
  const metricSet = new Set<string>();
  for (const { table, file } of tables) {
    const c = columns(table, ['year', 'month', 'day', 'place', 'township', 'urban', 'residents', 'metric'], file);
    for (const row of table.rows) {
      ticks.add(Number(row[c.year]), Number(row[c.month]), Number(row[c.day]));
      const place = Number(row[c.place]);
      if (!township.has(place)) {
        township.set(place, Number(row[c.township]));
        urban.set(place, Number(row[c.urban]));
        residents.set(place, Number(row[c.residents]));
      }
      metricSet.add(row[c.metric]);
    }
  }
  // Places are numbered 0.. without gaps; the engine's order of place metrics first, others after.
  const placeCount = Math.max(...township.keys()) + 1;
  const info = (m: Map<number, number>) => Array.from({ length: placeCount }, (_, p) => m.get(p) ?? 0);
  const places = { township: info(township), urban: info(urban), residents: info(residents) };
  const metrics = [...(PLACE_METRICS as readonly string[]).filter((m) => metricSet.has(m)), ...[...metricSet].filter((m) => !(PLACE_METRICS as readonly string[]).includes(m))];

  const perPoint = armCount * ticks.size * placeCount * metrics.length;
  const keptPoints = Math.max(1, Math.min(pointCount, Math.floor(budget / Math.max(1, perPoint))));
  const width = ticks.size * placeCount;
  const values: PlaceData['values'] = {};
  for (const m of metrics) values[m] = Array.from({ length: armCount }, () => Array.from({ length: keptPoints }, () => new Array<number | null>(width).fill(null)));
  const slot = ticks.slots();
  const range: PlaceData['range'] = {};
  for (const { table, arm, file } of tables) {
    const c = columns(table, ['day', 'place', 'metric', value], file);
    const pointColumn = table.header.indexOf('point');
    for (const row of table.rows) {
      const point = pointColumn < 0 ? 0 : Number(row[pointColumn]);
      if (point >= keptPoints) continue;
      const metric = row[c.metric];
      const v = round(numberCell(row[c[value]]), PLACE_DIGITS);
      values[metric][arm][point][slot.get(Number(row[c.day]))! * placeCount + Number(row[c.place])] = v;
      if (v === null) continue;
      const r = (range[metric] ??= [v, v]);
      if (v < r[0]) r[0] = v;
      if (v > r[1]) r[1] = v;
    }
  }
  const layout = countyLayout(places);
  return {
    keptPoints,
    data: {
      ...places,
      x: layout.x,
      y: layout.y,
      townships: layout.townships,
      grid: { spacing: layout.spacing, columns: layout.columns, rows: layout.rows },
      ticks: ticks.ticks(),
      metrics,
      points: Array.from({ length: keptPoints }, (_, i) => i),
      values,
      range,
    },
  };
}
