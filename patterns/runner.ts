import { runOnPool } from '../experiments/run/pool.ts';
import type { Scenario } from '../engine/scenario.ts';
import { judgePattern, type Measured, type Pattern, type PatternResult } from './pattern.ts';
import { PATTERNS } from './registry.ts';
import type { PatternTask } from './worker.ts';

/** How to run the patterns. */
export interface PatternRunOptions {
  /** The scenario the patterns start from (each sets its own horizon and arms). */
  scenario: Scenario;
  /** Run seeds; every pattern runs every seed, and its arms share it (paired comparisons). */
  seeds: readonly number[];
  /** Which patterns; default: all, in registry order. */
  patterns?: readonly Pattern[];
  /** Worker threads; 1 (the default) measures in this thread. Results never depend on it. */
  workers?: number;
  /** Called after each (pattern, seed) measurement with the count done and the total. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Measures every pattern on every seed and judges it. Results are in pattern order with seeds in
 * the order given, whatever the order in which measurements finish.
 */
export async function runPatterns(options: PatternRunOptions): Promise<PatternResult[]> {
  const patterns = options.patterns ?? PATTERNS;
  // Costliest first, so that threads finish together.
  const tasks = patterns.flatMap((p) => options.seeds.map((seed) => ({ pattern: p.id, seed, cost: p.cost })));
  tasks.sort((a, b) => b.cost - a.cost);
  const measured = new Map<string, Measured>();
  const key = (pattern: string, seed: number) => `${pattern}\u0000${seed}`;
  let done = 0;
  const record = (task: PatternTask, values: Measured) => {
    measured.set(key(task.pattern, task.seed), values);
    options.onProgress?.(++done, tasks.length);
  };
  const workers = Math.max(1, Math.min(options.workers ?? 1, tasks.length));
  if (workers === 1) {
    for (const task of tasks) record(task, patterns.find((p) => p.id === task.pattern)!.measure(options.scenario, task.seed));
  } else {
    await onPool(tasks.map(({ pattern, seed }) => ({ pattern, seed })), options.scenario, workers, record);
  }
  return patterns.map((p) => judgePattern(p, options.seeds.map((seed) => ({ seed, values: measured.get(key(p.id, seed))! }))));
}

async function onPool(tasks: readonly PatternTask[], scenario: Scenario, workers: number, record: (task: PatternTask, values: Measured) => void): Promise<void> {
  let failure: unknown = null;
  await runOnPool<PatternTask, Measured>(tasks, { worker: PATTERN_WORKER, workerData: { scenario }, workers }, (task, values, error) => {
    if (error !== null) failure ??= error;
    else record(task, values!);
  });
  if (failure !== null) throw failure;
}

const PATTERN_WORKER = new URL('./worker.ts', import.meta.url).href;
