import { Piscina } from 'piscina';
import type { PlannedRun } from '../design/plan.ts';
import type { RunOutcome, WorkerSetup } from './worker.ts';

/**
 * Runs planned runs on `workers` warm worker threads (piscina). Each worker receives the
 * experiment once and keeps it, so a run costs only its own simulation. `onSettled` is called as
 * each run finishes or throws, in completion order — callers must not let that order into
 * results. Resolves when every run has settled (or, after `signal` aborts, at once).
 */
export async function runOnPool(
  runs: readonly PlannedRun[],
  setup: WorkerSetup,
  workers: number,
  onSettled: (run: PlannedRun, outcome: RunOutcome | null, error: unknown) => void,
  signal?: AbortSignal,
): Promise<void> {
  if (runs.length === 0) return;
  const threads = Math.max(1, Math.min(workers, runs.length));
  const pool = new Piscina({ filename: WORKER, execArgv: workerExecArgv(), minThreads: threads, maxThreads: threads, workerData: setup, idleTimeout: 60_000 });
  // One listener for the whole pool (not one per task): on abort, stop every worker at once.
  const stop = () => void pool.destroy();
  signal?.addEventListener('abort', stop, { once: true });
  // A few tasks per thread in flight, not all at once: the queue (and memory) stays small
  // however many runs there are, and workers never wait for work.
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < runs.length && !signal?.aborted) {
      const run = runs[next++];
      let outcome: RunOutcome | null = null;
      let error: unknown = null;
      try {
        outcome = (await pool.run(run)) as RunOutcome;
      } catch (thrown) {
        if (signal?.aborted) return;
        error = thrown;
      }
      onSettled(run, outcome, error);
    }
  };
  try {
    await Promise.all(Array.from({ length: threads * IN_FLIGHT_PER_THREAD }, lane));
  } finally {
    signal?.removeEventListener('abort', stop);
    await pool.destroy();
  }
}

/** Tasks queued per worker thread. */
const IN_FLIGHT_PER_THREAD = 2;
const WORKER = new URL('./worker.ts', import.meta.url).href;

/**
 * Node options for the worker threads: none of our own (they inherit the parent's, filtered by
 * Node to what a thread accepts) unless the parent has tsx's loader only through the in-process
 * API (cli/bin.js), which threads do not inherit: then just that loader. (Passing the parent's
 * options explicitly would make Node reject process-wide ones such as --single-threaded-gc.)
 */
function workerExecArgv(): string[] | undefined {
  if (!WORKER.endsWith('.ts') || process.execArgv.some((arg) => arg.includes('tsx'))) return undefined;
  return ['--import', import.meta.resolve('tsx')];
}
