/**
 * `npm run bench` (second part): experiment throughput and memory. Each measurement runs in a
 * fresh process; figures are medians. Throughput is runs per second with 1 and with 2 workers,
 * and their ratio, in two readings: sustained (the middle 60% of the runs, when every worker is
 * warm and none idle — the rate a long experiment runs at, and the one the 1.8x target is about)
 * and from the first finished run to the end (summaries included: what a user of a 100-run
 * experiment of 0.1-second runs waits for, where a worker's start-up still shows); memory is the peak RSS of 1,000 runs against 100 runs of
 * the same short workload (it must stay flat: results are streamed to disk, not held).
 *
 * Options: --quick (one repetition, batches of 200 runs, 300 instead of 1,000 runs), --json FILE (written by each
 * part; with `npm run bench`, use bench:engine and bench:experiments for separate files).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { measureInChild, median } from './measure.ts';

interface Measurement {
  runs: number;
  workers: number;
  totalSeconds: number;
  poolSeconds: number;
  runsPerSecond: number;
  steadyRunsPerSecond: number;
  peakRssMB: number;
}

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, json: { type: 'string' } } });
const quick = values.quick;
const FILE = new URL('./experiments/throughput.json', import.meta.url).pathname;

const measure = (replications: number, workers: number): Measurement =>
  measureInChild<Measurement>('./experimentOnce.ts', [FILE, '--replications', String(replications), '--workers', String(workers)]);

function series(label: string, replications: number, workers: number, repeat: number) {
  const ms: Measurement[] = [];
  for (let k = 0; k < repeat; k++) {
    ms.push(measure(replications, workers));
    process.stderr.write(`  ${label}: ${k + 1}/${repeat}: ${ms[k].runsPerSecond.toFixed(2)} runs/s (sustained ${ms[k].steadyRunsPerSecond.toFixed(2)}), ${ms[k].peakRssMB.toFixed(0)} MB\n`);
  }
  const row = {
    label,
    repeat,
    runs: ms[0].runs,
    workers,
    medianRunsPerSecond: median(ms.map((m) => m.runsPerSecond)),
    medianSteadyRunsPerSecond: median(ms.map((m) => m.steadyRunsPerSecond)),
    medianTotalSeconds: median(ms.map((m) => m.totalSeconds)),
    medianPeakRssMB: median(ms.map((m) => m.peakRssMB)),
  };
  console.log(label.padEnd(44), String(repeat).padStart(6), String(row.runs).padStart(5), row.medianRunsPerSecond.toFixed(2).padStart(7), row.medianSteadyRunsPerSecond.toFixed(2).padStart(10), row.medianTotalSeconds.toFixed(1).padStart(8), row.medianPeakRssMB.toFixed(0).padStart(12));
  return row;
}

const repeat = quick ? 1 : 3;
// Throughput needs long batches: each worker compiles the model over its first few dozen runs, so
// 100 runs of 0.1 s measure warm-up as much as throughput (1.3-1.7x in such batches against
// 1.9-2.0x over 1,000 runs, same machine, same hour).
const batch = quick ? 200 : 400;
const many = quick ? 300 : 1000;
process.stderr.write('ronghe experiment benchmark (small.json, 0.25-year runs)\n');
console.log(`\nExperiments: Node ${process.version}; medians over the repeats shown`);
console.log(['workload'.padEnd(44), 'repeat', ' runs', ' runs/s', ' sustained', ' total s', ' peak RSS MB'].join(' '));
const one = series(`${batch} runs, 1 worker`, batch, 1, repeat);
const two = series(`${batch} runs, 2 workers`, batch, 2, repeat);
const small = series('100 runs, 2 workers', 100, 2, repeat);
const large = series(`${many} runs, 2 workers`, many, 2, 1);
const speedup = two.medianSteadyRunsPerSecond / one.medianSteadyRunsPerSecond;
const endToEnd = two.medianRunsPerSecond / one.medianRunsPerSecond;
const memory = large.medianPeakRssMB / small.medianPeakRssMB;
console.log(`\n2 workers / 1 worker: ${speedup.toFixed(2)}x sustained runs/s (target >= 1.8x on 2 cores); ${endToEnd.toFixed(2)}x from the first finished run to the end`);
console.log(`peak RSS ${many} runs / 100 runs: ${memory.toFixed(2)}x (target <= 1.2x)`);
if (values.json) writeFileSync(values.json, JSON.stringify({ node: process.version, rows: [one, two, small, large], speedup, endToEnd, memory }, null, 2));
