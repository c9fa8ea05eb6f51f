/**
 * `npm run bench:scale`: the county model at 50,000, 200,000, 500,000 and 1,000,000 residents
 * (scenarios/county.json with its residents overridden; the county's places stay the same, so
 * villages and communities grow): build time, time per simulated year, peak RSS, and how each
 * grows with size; then experiment throughput on county-scale runs with 1 and 2 workers.
 *
 * Each measurement runs in a fresh process (peak RSS is per process); figures are medians over the
 * repeats. The 50,000-resident row is the reference measured in the same session: the `x ref`
 * column is time per resident-year relative to it (1.00 = exactly linear growth), and the
 * exponent b of time ~ residents^b is fitted over all sizes (b = 1: linear). `model MB` is the
 * peak RSS less the RSS of the same process before building (Node, tsx and the modules).
 *
 * Options: --quick (1 year, one repeat, 2 runs per throughput measurement), --years Y (default 2),
 * --repeats R (default 3; 2 at 1,000,000), --sizes 50000,200000 (a subset; `none`: throughput only), --no-throughput,
 * --profile (also write a CPU profile of a 500,000-resident year to results/profile/ and print
 * its top functions by self time), --json FILE.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { measureInChild, median } from './measure.ts';
import { summarise } from './profileSummary.ts';

interface ScaleMeasurement {
  residents: number;
  years: number;
  buildSeconds: number;
  yearSeconds: number[];
  rssBeforeBuildMB: number;
  rssAfterBuildMB: number;
  peakRssMB: number;
}
interface PoolMeasurement {
  runs: number;
  workers: number;
  totalSeconds: number;
  poolSeconds: number;
  peakRssMB: number;
}

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    years: { type: 'string' },
    repeats: { type: 'string' },
    sizes: { type: 'string' },
    'no-throughput': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
const quick = values.quick;
const years = Number(values.years ?? (quick ? 1 : 2));
const SIZES = values.sizes === undefined ? [50_000, 200_000, 500_000, 1_000_000] : values.sizes === 'none' ? [] : values.sizes.split(',').map(Number);
const repeatsFor = (n: number) => (values.repeats ? Number(values.repeats) : quick ? 1 : n >= 1_000_000 ? 2 : 3);
const SCENARIO = 'scenarios/county.json';
const fmt = (x: number, d = 1) => x.toFixed(d);

const load0 = loadavg();
const started = Date.now();
process.stderr.write(`ronghe scale benchmark: ${SCENARIO} at ${SIZES.map((n) => n.toLocaleString('en')).join(', ')} residents, ${years} year(s) per run\n`);

interface SizeRow {
  residents: number;
  repeats: number;
  buildSeconds: number;
  secondsPerYear: number;
  firstYearSeconds: number;
  lastYearSeconds: number;
  peakRssMB: number;
  rssAfterBuildMB: number;
  /** Peak RSS less the RSS of the process before the model was built (Node, tsx, modules). */
  modelMB: number;
}
const sizeRows: SizeRow[] = [];
console.log(`Node ${process.version}, ${process.platform}-${process.arch}, ${cpus().length} x ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; medians over the repeats shown\n`);
if (SIZES.length > 0) console.log(['residents'.padStart(10), 'repeats', 'build s', 's / year', 'year 1 s', `year ${years} s`, 'us / res-yr', 'x ref', 'RSS built MB', 'peak RSS MB', 'model MB'].join('  '));
for (const residents of SIZES) {
  const ms: ScaleMeasurement[] = [];
  for (let k = 0; k < repeatsFor(residents); k++) {
    const m = measureInChild<ScaleMeasurement>('./scaleOnce.ts', [SCENARIO, '--residents', String(residents), '--years', String(years)]);
    ms.push(m);
    process.stderr.write(`  ${residents} residents, run ${k + 1}: build ${fmt(m.buildSeconds)} s, years ${m.yearSeconds.map((s) => fmt(s)).join(' / ')} s, peak ${fmt(m.peakRssMB, 0)} MB\n`);
  }
  const row: SizeRow = {
    residents,
    repeats: ms.length,
    buildSeconds: median(ms.map((m) => m.buildSeconds)),
    secondsPerYear: median(ms.map((m) => m.yearSeconds.reduce((a, b) => a + b, 0) / m.yearSeconds.length)),
    firstYearSeconds: median(ms.map((m) => m.yearSeconds[0])),
    lastYearSeconds: median(ms.map((m) => m.yearSeconds[m.yearSeconds.length - 1])),
    peakRssMB: median(ms.map((m) => m.peakRssMB)),
    rssAfterBuildMB: median(ms.map((m) => m.rssAfterBuildMB)),
    modelMB: median(ms.map((m) => m.peakRssMB - m.rssBeforeBuildMB)),
  };
  sizeRows.push(row);
  const usPerResidentYear = (r: SizeRow) => (1e6 * r.secondsPerYear) / r.residents;
  console.log(
    [
      residents.toLocaleString('en').padStart(10),
      String(row.repeats).padStart(7),
      fmt(row.buildSeconds, 2).padStart(7),
      fmt(row.secondsPerYear, 2).padStart(8),
      fmt(row.firstYearSeconds, 2).padStart(8),
      fmt(row.lastYearSeconds, 2).padStart(`year ${years} s`.length),
      fmt(usPerResidentYear(row), 2).padStart(11),
      fmt(usPerResidentYear(row) / usPerResidentYear(sizeRows[0]), 2).padStart(5),
      fmt(row.rssAfterBuildMB, 0).padStart(12),
      fmt(row.peakRssMB, 0).padStart(11),
      fmt(row.modelMB, 0).padStart(8),
    ].join('  '),
  );
}

/** Least-squares slope of log(y) on log(x). */
function exponent(xs: number[], ys: number[]): number {
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let num = 0;
  let den = 0;
  for (let k = 0; k < lx.length; k++) {
    num += (lx[k] - mx) * (ly[k] - my);
    den += (lx[k] - mx) ** 2;
  }
  return num / den;
}
const growth: Record<string, number> = {};
if (sizeRows.length >= 2) {
  const xs = sizeRows.map((r) => r.residents);
  growth.timeExponent = exponent(xs, sizeRows.map((r) => r.secondsPerYear));
  growth.lastYearExponent = exponent(xs, sizeRows.map((r) => r.lastYearSeconds));
  growth.buildExponent = exponent(xs, sizeRows.map((r) => r.buildSeconds));
  growth.peakRssExponent = exponent(xs, sizeRows.map((r) => r.peakRssMB));
  growth.modelMemoryExponent = exponent(xs, sizeRows.map((r) => r.modelMB));
  const a = sizeRows[sizeRows.length - 2];
  const b = sizeRows[sizeRows.length - 1];
  growth.marginalRssMBPer100k = ((b.peakRssMB - a.peakRssMB) / (b.residents - a.residents)) * 1e5;
  growth.marginalSecondsPerYearPer100k = ((b.secondsPerYear - a.secondsPerYear) / (b.residents - a.residents)) * 1e5;
  console.log(
    `\nGrowth with size (fitted exponent b in cost ~ residents^b; 1 = linear): time per year b = ${fmt(growth.timeExponent, 2)}${years > 1 ? ` (year ${years} alone, after the JIT has warmed up: b = ${fmt(growth.lastYearExponent, 2)})` : ''}, build b = ${fmt(growth.buildExponent, 2)}, peak RSS b = ${fmt(growth.peakRssExponent, 2)}, model memory (peak RSS less the loaded process) b = ${fmt(growth.modelMemoryExponent, 2)}`,
  );
  console.log(
    `Marginal cost from ${a.residents.toLocaleString('en')} to ${b.residents.toLocaleString('en')}: ${fmt(growth.marginalSecondsPerYearPer100k, 2)} s per simulated year and ${fmt(growth.marginalRssMBPer100k, 0)} MB peak RSS per 100,000 residents`,
  );
}

const poolRows: (PoolMeasurement & { label: string; runsPerMinute: number })[] = [];
if (!values['no-throughput']) {
  const FILE = new URL('./experiments/county-throughput.json', import.meta.url).pathname;
  const replications = quick ? 2 : 4;
  const poolRepeats = quick ? 1 : 2;
  console.log(`\nExperiment throughput on county-scale runs (county.json, 1 year each, ${replications} runs per measurement, medians over ${poolRepeats})`);
  console.log(['workers'.padStart(7), 'runs', 'pool s', 'runs / min', 'peak RSS MB'].join('  '));
  for (const workers of [1, 2]) {
    const ms: PoolMeasurement[] = [];
    for (let k = 0; k < poolRepeats; k++) {
      const m = measureInChild<PoolMeasurement>('./experimentOnce.ts', [FILE, '--replications', String(replications), '--workers', String(workers)]);
      ms.push(m);
      process.stderr.write(`  ${workers} worker(s), ${k + 1}/${poolRepeats}: ${fmt(m.poolSeconds)} s for ${m.runs} runs, peak ${fmt(m.peakRssMB, 0)} MB\n`);
    }
    const poolSeconds = median(ms.map((m) => m.poolSeconds));
    const row = { label: `${workers} worker(s)`, runs: ms[0].runs, workers, totalSeconds: median(ms.map((m) => m.totalSeconds)), poolSeconds, peakRssMB: median(ms.map((m) => m.peakRssMB)), runsPerMinute: (60 * ms[0].runs) / poolSeconds };
    poolRows.push(row);
    console.log([String(workers).padStart(7), String(row.runs).padStart(4), fmt(poolSeconds).padStart(6), fmt(row.runsPerMinute, 2).padStart(10), fmt(row.peakRssMB, 0).padStart(11)].join('  '));
  }
  growth.twoWorkerSpeedup = poolRows[1].runsPerMinute / poolRows[0].runsPerMinute;
  console.log(`2 workers / 1 worker: ${fmt(growth.twoWorkerSpeedup, 2)}x runs per minute (2 cores shared with everything else on the machine)`);
}

let profile: ReturnType<typeof summarise> | undefined;
if (values.profile) {
  const dir = 'results/profile';
  mkdirSync(dir, { recursive: true });
  const before = new Set(readdirSync(dir));
  execFileSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--import', 'tsx', new URL('./runOnce.ts', import.meta.url).pathname, SCENARIO, '--years', '1'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const file = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile') && !before.has(f))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).size - statSync(a).size)[0];
  const { readFileSync } = await import('node:fs');
  profile = summarise(JSON.parse(readFileSync(file, 'utf8')));
  console.log(`\nCPU profile of one 1-year county.json run (500,000 residents): ${file}, ${fmt(profile.total / 1000)} s sampled; top functions by self time:`);
  for (const f of profile.functions.slice(0, 15)) console.log(`${fmt(f.ms, 0).padStart(8)} ms ${fmt(100 * f.share).padStart(5)}%  ${f.name.padEnd(32)} ${f.where}`);
}

const load1 = loadavg();
console.log(`\nLoad average ${fmt(load0[0], 2)} at start, ${fmt(load1[0], 2)} at end; ${fmt((Date.now() - started) / 60000)} min`);
if (values.json) writeFileSync(values.json, JSON.stringify({ node: process.version, cpu: cpus()[0]?.model, loadavg: { start: load0, end: load1 }, years, sizes: sizeRows, growth, throughput: poolRows, profile: profile && { total: profile.total, functions: profile.functions.slice(0, 40), files: profile.files.slice(0, 20) } }, null, 2));
