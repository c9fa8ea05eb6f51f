/**
 * The implementations `npm run bench:peers` compares, each as one function that builds a
 * Schelling model from (parameters, seed), runs it for its steps and returns the share of happy
 * agents (so that construction is always inside the measurement and nothing is optimised away).
 */
import { runSchelling } from '../../engine/models/schelling/model.ts';
import type { SchellingParams } from '../../engine/models/schelling/params.ts';
import { runFloor } from './floor.ts';

export const IMPLEMENTATIONS = ['engine', 'floor', 'agentscript', 'flocc'] as const;
export type Implementation = (typeof IMPLEMENTATIONS)[number];

export const LABELS: Record<Implementation, string> = {
  engine: 'ronghe engine (engine/models/schelling)',
  floor: 'hand-written typed-array loop (floor)',
  agentscript: 'agentscript',
  flocc: 'flocc',
};

/** Loads only the implementation asked for, so a measurement process holds no other framework. */
export async function loadImplementation(name: Implementation): Promise<(p: SchellingParams, seed: number) => number> {
  switch (name) {
    case 'engine':
      return (p, seed) => runSchelling(p, seed).shareHappy();
    case 'floor':
      return (p, seed) => runFloor(p, seed).happy;
    case 'agentscript': {
      const { runAgentscript } = await import('./agentscript.ts');
      return (p, seed) => runAgentscript(p, seed).happy;
    }
    case 'flocc': {
      const { runFlocc } = await import('./flocc.ts');
      return (p, seed) => runFlocc(p, seed).happy;
    }
  }
}
