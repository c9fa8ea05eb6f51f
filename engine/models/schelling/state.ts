import type { Rng } from '../../core/rng.ts';
import type { SchellingAgents } from './agents.ts';
import type { SchellingParams } from './params.ts';
import type { GridSpace } from './space.ts';

/** Everything a Schelling run owns; the phases read and write it, the model object wraps it. */
export interface SchellingState {
  readonly params: SchellingParams;
  readonly seed: number;
  readonly agents: SchellingAgents;
  readonly space: GridSpace;
  /** This step's activation order: a permutation of the agent ids, reshuffled every step. */
  readonly order: Int32Array;
  /** Named streams: activation order and moves (placement has its own, used once at set-up). */
  readonly rng: { readonly order: Rng; readonly moves: Rng };
  /** Agents whose happy flag is set (kept by the activation phase). */
  happyCount: number;
  /** Steps done. */
  day: number;
}
