import { Piscina } from 'piscina';

/** Where and how {@link runOnPool} runs its tasks. */
export interface PoolOptions {
  /** The worker module's URL; its default export takes one task and returns its result. */
  worker: string;
  /** What every worker receives once, when the pool starts (`workerData`): the task's shared context. */
  workerData: unknown;
  /** Worker threads (at most one per task). */
  workers: number;
  /** Stops the pool: tasks in flight are abandoned, nothing more is settled. */
  signal?: AbortSignal;
  /**
   * A warm pool of the same worker to run on (see {@link WarmPool}) instead of starting one:
   * each task then carries the shared context with it, and the pool stays open afterwards.
   */
  warm?: WarmPool;
}

/**
 * A pool kept open across several batches of tasks (the stages of a policy design), so each
 * batch does not pay for starting threads and loading the worker again (about 2.5 s on 2 cores).
 * Its workers get no context at start: every task arrives as `{ task, context }`.
 */
export interface WarmPool {
  readonly worker: string;
  readonly pool: Piscina;
  readonly threads: number;
}

/** Opens a warm pool of `threads` threads of `worker`; close it with `warm.pool.destroy()`. */
export function openWarmPool(worker: string, threads: number): WarmPool {
  const pool = new Piscina({ filename: worker, execArgv: workerExecArgv(worker), minThreads: threads, maxThreads: threads, workerData: null, idleTimeout: 60_000 });
  return { worker, pool, threads };
}

/** What a warm pool's worker receives per task. */
export interface WarmTask<T> {
  task: T;
  context: unknown;
}

/**
 * Runs tasks on warm worker threads (piscina): experiment runs, reproductions, pattern
 * measurements. Each worker receives the shared context once and keeps it, so a task costs only
 * its own work. `onSettled` is called as each task finishes or throws, in completion order —
 * callers must not let that order into results. Resolves when every task has settled (or, after
 * `signal` aborts, at once).
 */
export async function runOnPool<T, R>(tasks: readonly T[], options: PoolOptions, onSettled: (task: T, result: R | null, error: unknown) => void): Promise<void> {
  if (tasks.length === 0) return;
  const { signal, warm } = options;
  if (warm !== undefined && warm.worker !== options.worker) throw new Error(`runOnPool: the warm pool runs ${warm.worker}, not ${options.worker}`);
  const threads = warm?.threads ?? Math.max(1, Math.min(options.workers, tasks.length));
  const pool = warm?.pool ?? new Piscina({ filename: options.worker, execArgv: workerExecArgv(options.worker), minThreads: threads, maxThreads: threads, workerData: options.workerData, idleTimeout: 60_000 });
  const send = (task: T): unknown => (warm === undefined ? task : ({ task, context: options.workerData } satisfies WarmTask<T>));
  // One listener for the whole pool (not one per task): on abort, stop every worker at once.
  const stop = () => void pool.destroy();
  signal?.addEventListener('abort', stop, { once: true });
  // A few tasks per thread in flight, not all at once: the queue (and memory) stays small
  // however many tasks there are, and workers never wait for work.
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < tasks.length && !signal?.aborted) {
      const task = tasks[next++];
      let result: R | null = null;
      let error: unknown = null;
      try {
        result = (await pool.run(send(task))) as R;
      } catch (thrown) {
        if (signal?.aborted) return;
        error = thrown;
      }
      onSettled(task, result, error);
    }
  };
  try {
    await Promise.all(Array.from({ length: threads * IN_FLIGHT_PER_THREAD }, lane));
  } finally {
    signal?.removeEventListener('abort', stop);
    if (warm === undefined) await pool.destroy();
  }
}

/** Tasks queued per worker thread. */
const IN_FLIGHT_PER_THREAD = 2;

/**
 * Node options for the worker threads: none of our own (they inherit the parent's, filtered by
 * Node to what a thread accepts) unless the worker is TypeScript and the parent has tsx's loader
 * only through the in-process API (cli/bin.js, index.js), which threads do not inherit: then just
 * that loader. (Passing the parent's options explicitly would make Node reject process-wide ones
 * such as --single-threaded-gc.)
 */
function workerExecArgv(worker: string): string[] | undefined {
  if (!worker.endsWith('.ts') || process.execArgv.some((arg) => arg.includes('tsx'))) return undefined;
  return ['--import', import.meta.resolve('tsx')];
}

/** The worker of experiment runs (experiments/run/worker.ts): composes, runs and writes one planned run. */
export const RUN_WORKER = new URL('./worker.ts', import.meta.url).href;
