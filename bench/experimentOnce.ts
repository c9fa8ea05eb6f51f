/**
 * One experiment benchmark measurement in its own process (so peak RSS is its own): runs an
 * experiment file into a fresh temporary folder and prints one JSON line.
 * Usage: tsx bench/experimentOnce.ts FILE --replications N --workers W
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runExperiment } from '../experiments/run/runner.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { replications: { type: 'string' }, workers: { type: 'string' } } });
const out = mkdtempSync(join(tmpdir(), 'ronghe-bench-'));
const t0 = performance.now();
let poolStart = t0;
let firstDone = NaN;
/** When the k-th run finished (k from 1). */
const doneAt: number[] = [];
const result = await runExperiment(positionals[0], {
  out,
  replications: Number(values.replications),
  workers: Number(values.workers),
  onStart: () => (poolStart = performance.now()),
  onRun: ({ done }) => {
    doneAt[done] = performance.now();
    if (done === 1) firstDone = doneAt[done];
  },
});
const t1 = performance.now();
rmSync(out, { recursive: true, force: true });
const runs = result.planned;
console.log(
  JSON.stringify({
    runs,
    workers: result.manifest.workers,
    totalSeconds: (t1 - t0) / 1000,
    poolSeconds: (t1 - poolStart) / 1000,
    // from the first finished run to the end (summaries written): what a user waits for
    runsPerSecond: (runs - 1) / ((t1 - firstDone) / 1000),
    // the middle 60% of the runs: every worker warm (each compiles the model on its first runs)
    // and none idle yet (the last runs leave workers without work): the pool's sustained rate
    steadyRunsPerSecond: steadyRate(doneAt, runs),
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);

/** Runs per second between the 20% and the 80% marks of the run count. */
function steadyRate(at: number[], n: number): number {
  const from = Math.max(1, Math.ceil(0.2 * n));
  const to = Math.floor(0.8 * n);
  return (to - from) / ((at[to] - at[from]) / 1000);
}
