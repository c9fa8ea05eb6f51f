import type { Phase } from '../../core/schedule.ts';
import { activateAgents, shuffleOrder } from './activation.ts';
import type { SchellingState } from './state.ts';

/** One step of the Schelling model, in order; one step is one tick of the engine's clock. */
export const SCHELLING_PHASES: readonly Phase<SchellingState>[] = [
  { name: 'order', period: 'day', scope: 'county', run: shuffleOrder },
  { name: 'activate', period: 'day', scope: 'county', run: activateAgents },
];
