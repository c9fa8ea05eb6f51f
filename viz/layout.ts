/**
 * A deterministic synthetic map of the county for the report's county view. The model has no
 * geography beyond townships, places and distances, so the map only has to be stable and
 * readable: townships sit on a grid in index order (wider than tall, like the chart), and each township's places sit on a
 * sunflower (phyllotaxis) spiral around its centre — communities first, so the town seat's
 * urban core is in the middle and villages around it. The same places always give the same map.
 */

/** Places as recorded: township index, 1 for a community (0 for a village), residents. */
export interface PlaceInput {
  township: readonly number[];
  urban: readonly number[];
  residents: readonly number[];
}

export interface CountyLayout {
  /** Per place, in data units (one unit is the distance between neighbours on a spiral). */
  x: number[];
  y: number[];
  /** Per township: centre, radius of its spiral, and subdistrict when every place in it is a community (街道). */
  townships: { x: number; y: number; radius: number; subdistrict: boolean }[];
  /** Distance between township centres, in data units. */
  spacing: number;
  columns: number;
  rows: number;
}

/** The golden angle: successive spiral points never line up, so neighbours keep their distance. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Free space between two townships' spirals, in data units (room for a township's name). */
const MARGIN = 2.5;

/**
 * Lays out the places of a county (see the file comment).
 * @param aspect - width over height of the grid of townships: a report's chart is wide
 */
export function countyLayout(places: PlaceInput, aspect = 2): CountyLayout {
  const n = places.township.length;
  const townshipCount = n === 0 ? 0 : Math.max(...places.township) + 1;
  const members: number[][] = Array.from({ length: townshipCount }, () => []);
  for (let p = 0; p < n; p++) members[places.township[p]].push(p);
  // Communities first, then the larger places, then by number: a total order, so no tie depends
  // on sort stability.
  for (const list of members) list.sort((a, b) => places.urban[b] - places.urban[a] || places.residents[b] - places.residents[a] || a - b);
  const largest = Math.max(1, ...members.map((list) => list.length));
  // The outermost point of a spiral of k points is at radius sqrt(k - 1).
  const spacing = round(2 * Math.sqrt(largest - 1) + 1 + MARGIN);
  const columns = Math.max(1, Math.min(townshipCount, Math.ceil(Math.sqrt(townshipCount * aspect))));
  const rows = Math.max(1, Math.ceil(townshipCount / columns));
  const x = new Array<number>(n).fill(0);
  const y = new Array<number>(n).fill(0);
  const townships = members.map((list, t) => {
    // Row 0 at the top: y decreases downwards as on a map.
    const cx = (t % columns) * spacing;
    const cy = -Math.floor(t / columns) * spacing;
    list.forEach((p, k) => {
      const r = Math.sqrt(k);
      const angle = k * GOLDEN_ANGLE;
      x[p] = round(cx + r * Math.cos(angle));
      y[p] = round(cy + r * Math.sin(angle));
    });
    return { x: cx, y: cy, radius: round(Math.sqrt(Math.max(0, list.length - 1))), subdistrict: list.length > 0 && list.every((p) => places.urban[p] === 1) };
  });
  return { x, y, townships, spacing, columns, rows };
}

/** Positions to a hundredth of a unit: enough for a map, and short in the embedded JSON. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
