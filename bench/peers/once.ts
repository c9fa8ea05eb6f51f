/**
 * One peer-benchmark measurement in its own process: one implementation at one size. Warms up
 * with untimed runs (at least `--warmup` runs and at least `--warmup-seconds`, so that a model
 * that runs in a millisecond is as compiled as one that runs in a second), then `--runs` timed runs, each building a new model (seed base + k)
 * and running its 20 steps; prints one JSON line with every time in milliseconds, the first
 * (cold) run's time and the mean share happy.
 * Usage: tsx bench/peers/once.ts IMPLEMENTATION SIZE --runs N --warmup W --warmup-seconds T --seed S
 */
import { parseArgs } from 'node:util';
import { SIZES, type SizeName } from '../../engine/models/schelling/params.ts';
import { IMPLEMENTATIONS, loadImplementation, type Implementation } from './implementations.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '30' }, warmup: { type: 'string', default: '5' }, 'warmup-seconds': { type: 'string', default: '0.5' }, seed: { type: 'string', default: '1' } },
});
const impl = positionals[0] as Implementation;
const size = positionals[1] as SizeName;
if (!IMPLEMENTATIONS.includes(impl) || !(size in SIZES)) throw new Error(`usage: once.ts ${IMPLEMENTATIONS.join('|')} ${Object.keys(SIZES).join('|')}`);
const params = SIZES[size];
const run = await loadImplementation(impl);
const runs = Number(values.runs);
const warmupRuns = Number(values.warmup);
const warmupMs = 1000 * Number(values['warmup-seconds']);
let seed = Number(values.seed);

let happy = 0;
let t = performance.now();
happy += run(params, seed++);
const coldMs = performance.now() - t;
let warmup = 1;
for (const start = t; warmup < warmupRuns || performance.now() - start < warmupMs; warmup++) happy += run(params, seed++);
const times: number[] = [];
for (let k = 0; k < runs; k++) {
  t = performance.now();
  happy += run(params, seed++);
  times.push(performance.now() - t);
}
console.log(JSON.stringify({ impl, size, runs, warmup, coldMs, times, meanHappy: happy / (runs + warmup) }));
