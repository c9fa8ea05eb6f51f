/**
 * The reference Schelling model written with flocc's public API (Environment, Agent with
 * `get`/`set` data and a `tick` rule, `environment.tick({ randomizeOrder: true })` for a new
 * random activation order each step, `utils.seed`/`utils.random` for seeded draws), following the
 * same declaration as the engine's. flocc's public API has no discrete grid space (its
 * GridEnvironment is deprecated and no longer exported; a Terrain holds pixel values, not
 * agents), so the occupancy grid is a plain array of agents in the model code, the fastest
 * choice open to a flocc user. A random empty cell is found by rejection (uniform).
 */
import { Agent, Environment, utils } from 'flocc';
import type { SchellingParams } from '../../engine/models/schelling/params.ts';
import type { PeerResult } from './agentscript.ts';

export function runFlocc(p: SchellingParams, seed: number): PeerResult {
  const { width, height, agents, radius } = p;
  const size = width * height;
  utils.seed(seed);
  const environment = new Environment({ width, height });
  environment.set('minSimilar', p.minSimilar);
  const grid: (Agent | null)[] = new Array(size).fill(null);
  const randomEmptyCell = (): number => {
    for (;;) {
      const c = utils.random(0, size - 1);
      if (grid[c] === null) return c;
    }
  };
  const tick = (agent: Agent): void => {
    if (agent.get('happy')) return;
    const x: number = agent.get('x');
    const y: number = agent.get('y');
    const group: number = agent.get('group');
    let similar = 0;
    for (let yy = Math.max(0, y - radius); yy <= Math.min(height - 1, y + radius); yy++) {
      for (let xx = Math.max(0, x - radius); xx <= Math.min(width - 1, x + radius); xx++) {
        const other = grid[yy * width + xx];
        if (other !== null && other !== agent && other.get('group') === group) similar++;
      }
    }
    if (similar >= environment.get('minSimilar')) {
      agent.set('happy', true);
    } else {
      const c = randomEmptyCell();
      grid[y * width + x] = null;
      grid[c] = agent;
      agent.set({ x: c % width, y: Math.floor(c / width) });
    }
  };
  for (let a = 0; a < agents; a++) {
    const c = randomEmptyCell();
    const agent = new Agent({ group: a < agents / 2 ? 0 : 1, happy: false, x: c % width, y: Math.floor(c / width) });
    agent.set('tick', tick);
    grid[c] = agent;
    environment.addAgent(agent);
  }
  for (let s = 0; s < p.steps; s++) environment.tick({ randomizeOrder: true });
  const out = new Uint8Array(size);
  let happy = 0;
  for (const agent of environment.getAgents()) {
    const cell = agent.get('y') * width + agent.get('x');
    if (out[cell] !== 0 || grid[cell] !== agent) throw new Error('flocc Schelling: grid and agents disagree');
    out[cell] = 1 + agent.get('group');
    if (agent.get('happy')) happy++;
  }
  return { grid: out, happy: happy / agents };
}
