import type { SchellingState } from './state.ts';
import { takeRandomEmptyCell, vacate } from './space.ts';

/** Phase `order`: a new uniformly random activation order (Fisher-Yates on the previous one). */
export function shuffleOrder(sim: SchellingState): void {
  const order = sim.order;
  const rng = sim.rng.order;
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
}

/**
 * Phase `activate`: every agent in this step's order, one by one. A happy agent does nothing.
 * Otherwise it counts the agents of its own group within Chebyshev radius `radius` (cells past
 * the grid's edges do not exist); with at least `minSimilar` it becomes happy, else it moves to a
 * uniformly random empty cell. Later agents see earlier agents' moves (sequential activation).
 */
export function activateAgents(sim: SchellingState): void {
  const { cell, group, happy } = sim.agents;
  const space = sim.space;
  const occupant = space.cells.occupant;
  const { width, height } = space;
  const { radius, minSimilar } = sim.params;
  const order = sim.order;
  const rng = sim.rng.moves;
  let becameHappy = 0;
  for (let k = 0; k < order.length; k++) {
    const a = order[k];
    if (happy[a] !== 0) continue;
    const c = cell[a];
    const x = c % width;
    const y = (c - x) / width;
    const g = group[a];
    const x0 = x > radius ? x - radius : 0;
    const x1 = x + radius < width ? x + radius : width - 1;
    const y0 = y > radius ? y - radius : 0;
    const y1 = y + radius < height ? y + radius : height - 1;
    let similar = 0;
    for (let row = y0 * width; row <= y1 * width; row += width) {
      for (let i = row + x0; i <= row + x1; i++) {
        const o = occupant[i];
        if (o >= 0 && group[o] === g) similar++;
      }
    }
    similar--; // the agent itself was counted
    if (similar >= minSimilar) {
      happy[a] = 1;
      becameHappy++;
    } else {
      cell[a] = takeRandomEmptyCell(space, a, rng);
      vacate(space, c);
    }
  }
  sim.happyCount += becameHappy;
}
