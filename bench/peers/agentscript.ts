/**
 * The reference Schelling model written with agentscript's public API (Model, patches, turtles,
 * `turtlesHere`, `neighbors`/`inRect`, `oneOf`, `shuffle`, `util.randomSeed`), following the same
 * declaration as the engine's: agents are turtles, the grid is the patches of a non-wrapping
 * world, at most one turtle per patch. Choices a performance-minded agentscript user would make:
 * Moore `neighbors` (cached per patch by agentscript) for radius 1, rectangles cached once with
 * `patches.cacheRect` for larger radii, and a random empty patch by rejection (`oneOf` until
 * empty), which is uniform over empty patches.
 */
import './nodeCanvasShim.ts';
import { Model, util, type ASPatch, type ASTurtle } from 'agentscript';
import type { SchellingParams } from '../../engine/models/schelling/params.ts';

class SchellingAS extends Model {
  constructor(readonly p: SchellingParams) {
    super({ minX: 0, maxX: p.width - 1, minY: 0, maxY: p.height - 1 });
  }

  override setup(): void {
    const { agents, radius } = this.p;
    if (radius > 1) this.patches.cacheRect(radius, radius, false);
    this.turtles.create(agents, (t) => {
      t.group = t.id < agents / 2 ? 0 : 1;
      t.happy = false;
      t.moveTo(this.randomEmptyPatch(t));
    });
  }

  /** A uniformly random patch with no turtle other than `t` (new turtles start on the origin patch). */
  randomEmptyPatch(t: ASTurtle): ASPatch {
    for (;;) {
      const p = this.patches.oneOf();
      const here = p.turtlesHere;
      if (here.length === 0 || (here.length === 1 && here[0] === t)) return p;
    }
  }

  override step(): void {
    const { radius, minSimilar } = this.p;
    for (const t of this.turtles.clone().shuffle()) {
      if (t.happy) continue;
      const patch = t.patch;
      const around = radius === 1 ? patch.neighbors : this.patches.inRect(patch, radius, radius, false);
      let similar = 0;
      for (const q of around) {
        const here = q.turtlesHere;
        for (let i = 0; i < here.length; i++) if (here[i].group === t.group) similar++;
      }
      if (similar >= minSimilar) t.happy = true;
      else t.moveTo(this.randomEmptyPatch(t));
    }
  }
}

export interface PeerResult {
  grid: Uint8Array;
  happy: number;
}

/**
 * Builds (seeded with agentscript's `util.randomSeed`, which replaces Math.random by a seeded
 * generator; the original is put back afterwards) and runs the model.
 */
export function runAgentscript(p: SchellingParams, seed: number): PeerResult {
  const original = Math.random;
  let model: SchellingAS;
  try {
    util.randomSeed(seed);
    model = new SchellingAS(p);
    model.setup();
    for (let s = 0; s < p.steps; s++) {
      model.step();
      model.tick();
    }
  } finally {
    Math.random = original;
  }
  const grid = new Uint8Array(p.width * p.height);
  let happy = 0;
  for (const t of model.turtles) {
    const cell = t.y * p.width + t.x;
    if (grid[cell] !== 0) throw new Error(`agentscript Schelling: two turtles on patch ${t.x},${t.y}`);
    grid[cell] = 1 + (t.group as number);
    if (t.happy) happy++;
  }
  return { grid, happy: happy / p.agents };
}
