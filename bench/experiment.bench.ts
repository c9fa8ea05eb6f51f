/**
 * `npm run bench` (second part): experiment throughput and memory. Each measurement runs in a
 * fresh process; figures are medians. Throughput is runs per second once workers are warm, with
 * 1 and with 2 workers, and their ratio; memory is the peak RSS of 1,000 runs against 100 runs of
 * the same short workload (it must stay flat: results are streamed to disk, not held).
 *
 * Options: --quick (fewer repetitions, 300 instead of 1,000 runs), --json FILE (written by each
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
    process.stderr.write(`  ${label}: ${k + 1}/${repeat}: ${ms[k].runsPerSecond.toFixed(2)} runs/s, ${ms[k].peakRssMB.toFixed(0)} MB\n`);
  }
  const row = {
    label,
    repeat,
    runs: ms[0].runs,
    workers,
    medianRunsPerSecond: median(ms.map((m) => m.runsPerSecond)),
    medianTotalSeconds: median(ms.map((m) => m.totalSeconds)),
    medianPeakRssMB: median(ms.map((m) => m.peakRssMB)),
  };
  console.log(label.padEnd(44), String(repeat).padStart(6), String(row.runs).padStart(5), row.medianRunsPerSecond.toFixed(2).padStart(7), row.medianTotalSeconds.toFixed(1).padStart(8), row.medianPeakRssMB.toFixed(0).padStart(12));
  return row;
}

const repeat = quick ? 3 : 5;
const many = quick ? 300 : 1000;
process.stderr.write('ronghe experiment benchmark (small.json, 0.25-year runs)\n');
console.log(`\nExperiments: Node ${process.version}; medians over the repeats shown`);
console.log(['workload'.padEnd(44), 'repeat', ' runs', ' runs/s', ' total s', ' peak RSS MB'].join(' '));
const one = series('100 runs, 1 worker', 100, 1, repeat);
const two = series('100 runs, 2 workers', 100, 2, repeat);
const large = series(`${many} runs, 2 workers`, many, 2, 1);
const speedup = two.medianRunsPerSecond / one.medianRunsPerSecond;
const memory = large.medianPeakRssMB / two.medianPeakRssMB;
console.log(`\n2 workers / 1 worker: ${speedup.toFixed(2)}x runs/s (target >= 1.8x on 2 cores)`);
console.log(`peak RSS ${many} runs / 100 runs: ${memory.toFixed(2)}x (target <= 1.2x)`);
if (values.json) writeFileSync(values.json, JSON.stringify({ node: process.version, rows: [one, two, large], speedup, memory }, null, 2));
