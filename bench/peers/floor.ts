/**
 * The floor: the reference Schelling model as one hand-written function over flat typed arrays,
 * with no engine (no tables, no schedule, no stream helper, no slot-list class). It follows the
 * same algorithm and draws the same numbers from the same generator (alea, keyed as the engine
 * keys its streams), so for a given seed it ends on the same grid as the engine's model (tested);
 * the time between the two is what the engine's structure costs.
 */
import seedrandom from 'seedrandom';
import type { SchellingParams } from '../../engine/models/schelling/params.ts';

export interface FloorResult {
  /** Per cell: the agent on it, or -1. */
  occupant: Int32Array;
  group: Uint8Array;
  /** Share of agents whose happy flag is set. */
  happy: number;
}

/** The final grid: per cell, 0 when empty, else 1 + the occupant's group (as the engine's `grid()`). */
export function floorGrid(r: FloorResult): Uint8Array {
  const grid = new Uint8Array(r.occupant.length);
  for (let c = 0; c < grid.length; c++) grid[c] = r.occupant[c] < 0 ? 0 : 1 + r.group[r.occupant[c]];
  return grid;
}

export function runFloor(p: SchellingParams, seed: number): FloorResult {
  const { width, height, agents: n, radius, minSimilar, steps } = p;
  const size = width * height;
  const placement = seedrandom.alea(`ronghe:${seed}:schelling.placement:-1`);
  const orderRng = seedrandom.alea(`ronghe:${seed}:schelling.order:-1`);
  const moves = seedrandom.alea(`ronghe:${seed}:schelling.moves:-1`);
  const cellOf = new Int32Array(n);
  const group = new Uint8Array(n);
  const happy = new Uint8Array(n);
  const occupant = new Int32Array(size).fill(-1);
  const empty = new Int32Array(size);
  const slot = new Int32Array(size);
  for (let c = 0; c < size; c++) {
    empty[c] = c;
    slot[c] = c;
  }
  let emptyCount = size;
  group.fill(1, n >> 1);
  for (let a = 0; a < n; a++) {
    const c = empty[Math.floor(placement() * emptyCount)];
    const last = empty[--emptyCount];
    empty[slot[c]] = last;
    slot[last] = slot[c];
    slot[c] = -1;
    occupant[c] = a;
    cellOf[a] = c;
  }
  const order = new Int32Array(n);
  for (let a = 0; a < n; a++) order[a] = a;
  for (let step = 0; step < steps; step++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(orderRng() * (i + 1));
      const t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    for (let k = 0; k < n; k++) {
      const a = order[k];
      if (happy[a] !== 0) continue;
      const c = cellOf[a];
      const x = c % width;
      const y = (c - x) / width;
      const g = group[a];
      const x0 = x > radius ? x - radius : 0;
      const x1 = x + radius < width ? x + radius : width - 1;
      const y0 = y > radius ? y - radius : 0;
      const y1 = y + radius < height ? y + radius : height - 1;
      let similar = -1; // the agent itself is counted below
      for (let row = y0 * width; row <= y1 * width; row += width) {
        for (let i = row + x0; i <= row + x1; i++) {
          const o = occupant[i];
          if (o >= 0 && group[o] === g) similar++;
        }
      }
      if (similar >= minSimilar) {
        happy[a] = 1;
        continue;
      }
      // move: take a random empty cell, then list the vacated one as empty
      const d = empty[Math.floor(moves() * emptyCount)];
      const last = empty[--emptyCount];
      empty[slot[d]] = last;
      slot[last] = slot[d];
      slot[d] = -1;
      occupant[d] = a;
      cellOf[a] = d;
      occupant[c] = -1;
      slot[c] = emptyCount;
      empty[emptyCount++] = c;
    }
  }
  let h = 0;
  for (let a = 0; a < n; a++) h += happy[a];
  return { occupant, group, happy: h / n };
}
