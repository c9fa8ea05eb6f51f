/**
 * One experiment benchmark measurement in its own process (so peak RSS is its own): runs an
 * experiment file into a fresh temporary folder and prints one JSON line.
 * Usage: tsx bench/experimentOnce.ts FILE --replications N --workers W
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runExperiment } from '../experiments/runner.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { replications: { type: 'string' }, workers: { type: 'string' } } });
const out = mkdtempSync(join(tmpdir(), 'ronghe-bench-'));
const t0 = performance.now();
let poolStart = t0;
let firstDone = NaN;
const result = await runExperiment(positionals[0], {
  out,
  replications: Number(values.replications),
  workers: Number(values.workers),
  onStart: () => (poolStart = performance.now()),
  onRun: ({ done }) => {
    if (done === 1) firstDone = performance.now();
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
    // after the first run finished: workers are warm, so this is the steady-state rate
    runsPerSecond: (runs - 1) / ((t1 - firstDone) / 1000),
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
