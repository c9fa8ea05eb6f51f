import { stream } from '../../core/rng.ts';
import { runDay } from '../../core/schedule.ts';
import { createAgents } from './agents.ts';
import { checkParams, type SchellingParams } from './params.ts';
import { SCHELLING_PHASES } from './phases.ts';
import { createGridSpace, takeRandomEmptyCell } from './space.ts';
import type { SchellingState } from './state.ts';

/** The grid has no townships: no township phase runs, so the township order is empty. */
const NO_TOWNSHIPS: readonly number[] = [];

/**
 * The reference Schelling segregation model on the engine's core: agents in a typed-array table
 * declared by schema, the grid as a cell table with a slot list of empty cells, draws from named
 * streams of the run seed (placement, order, moves), and the step as a phase schedule run by the
 * engine's clock. A run is a pure function of (parameters, seed).
 */
export class SchellingModel {
  readonly state: SchellingState;

  constructor(params: SchellingParams, seed: number) {
    checkParams(params);
    const agents = createAgents(params.agents);
    const space = createGridSpace(params.width, params.height);
    const placement = stream(seed, 'schelling.placement');
    for (let a = 0; a < params.agents; a++) agents.cell[a] = takeRandomEmptyCell(space, a, placement);
    const order = new Int32Array(params.agents);
    for (let a = 0; a < order.length; a++) order[a] = a;
    this.state = {
      params,
      seed,
      agents,
      space,
      order,
      rng: { order: stream(seed, 'schelling.order'), moves: stream(seed, 'schelling.moves') },
      happyCount: 0,
      day: 0,
    };
  }

  /** One step: a new activation order, then every agent in it. */
  step(): void {
    runDay(SCHELLING_PHASES, this.state, this.state.day, NO_TOWNSHIPS);
    this.state.day++;
  }

  /** Runs `steps` steps (default: the parameters' `steps`). */
  run(steps = this.state.params.steps): this {
    for (let s = 0; s < steps; s++) this.step();
    return this;
  }

  /** Share of agents whose happy flag is set (the declaration's measure). */
  shareHappy(): number {
    return this.state.happyCount / this.state.params.agents;
  }

  /** Share of agents that would be happy if they re-counted their neighbours now (a check; draws nothing). */
  shareContent(): number {
    const { cell, group } = this.state.agents;
    const { width, height, cells } = this.state.space;
    const { radius, minSimilar } = this.state.params;
    let n = 0;
    for (let a = 0; a < cell.length; a++) {
      const x = cell[a] % width;
      const y = (cell[a] - x) / width;
      let similar = -1;
      for (let yy = Math.max(0, y - radius); yy <= Math.min(height - 1, y + radius); yy++) {
        for (let xx = Math.max(0, x - radius); xx <= Math.min(width - 1, x + radius); xx++) {
          const o = cells.occupant[yy * width + xx];
          if (o >= 0 && group[o] === group[a]) similar++;
        }
      }
      if (similar >= minSimilar) n++;
    }
    return n / cell.length;
  }

  /** The final grid: per cell, 0 when empty, else 1 + the occupant's group (for comparisons). */
  grid(): Uint8Array {
    const occupant = this.state.space.cells.occupant;
    const group = this.state.agents.group;
    const out = new Uint8Array(occupant.length);
    for (let c = 0; c < occupant.length; c++) out[c] = occupant[c] < 0 ? 0 : 1 + group[occupant[c]];
    return out;
  }
}

/** Builds a Schelling model: agents placed at random, none happy yet. */
export function createSchelling(params: SchellingParams, seed: number): SchellingModel {
  return new SchellingModel(params, seed);
}

/** Builds and runs a Schelling model for its `steps`. */
export function runSchelling(params: SchellingParams, seed: number): SchellingModel {
  return createSchelling(params, seed).run();
}
