/**
 * The pattern pool's worker: measures one pattern on one seed. The scenario arrives once, when
 * the pool starts (workerData).
 */
import { workerData } from 'node:worker_threads';
import type { Scenario } from '../engine/scenario.ts';
import type { Measured } from './pattern.ts';
import { patternById } from './registry.ts';

/** What a task names: a pattern and a seed. */
export interface PatternTask {
  pattern: string;
  seed: number;
}

const scenario = (workerData as { scenario: Scenario }).scenario;

/** Measures one pattern on one seed with the pool's scenario. */
export default function measureTask(task: PatternTask): Measured {
  const pattern = patternById(task.pattern);
  if (pattern === undefined) throw new Error(`unknown pattern ${task.pattern}`);
  return pattern.measure(scenario, task.seed);
}
