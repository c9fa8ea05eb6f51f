/**
 * `npm run bench`: engine speed and memory. Each measurement runs in a fresh process (peak RSS
 * is per process); figures are medians over repeated runs, and throughput is also given as a
 * ratio to a reference workload measured in the same session (small.json, 1 year), so results
 * from different machines can be compared. Not a test: it asserts nothing, it reports.
 *
 * Options: --quick (fewer repetitions, skips the 1M-resident run), --json FILE (write figures).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { measureInChild, median } from './measure.ts';

interface Measurement {
  residents: number;
  years: number;
  buildSeconds: number;
  runSeconds: number;
  totalSeconds: number;
  residentDaysPerSecond: number;
  peakRssMB: number;
}

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, json: { type: 'string' } } });
const quick = values.quick;

const measure = (scenario: string, extra: string[] = []): Measurement => measureInChild<Measurement>('./runOnce.ts', [scenario, ...extra]);

function series(label: string, scenario: string, extra: string[], runs: number) {
  const ms: Measurement[] = [];
  for (let k = 0; k < runs; k++) {
    ms.push(measure(scenario, extra));
    process.stderr.write(`  ${label}: run ${k + 1}/${runs} ${ms[k].totalSeconds.toFixed(1)} s\n`);
  }
  return {
    label,
    runs,
    residents: ms[0].residents,
    years: ms[0].years,
    medianBuildSeconds: median(ms.map((m) => m.buildSeconds)),
    medianRunSeconds: median(ms.map((m) => m.runSeconds)),
    medianTotalSeconds: median(ms.map((m) => m.totalSeconds)),
    medianResidentDaysPerSecond: median(ms.map((m) => m.residentDaysPerSecond)),
    medianPeakRssMB: median(ms.map((m) => m.peakRssMB)),
  };
}

const reps = quick ? 3 : 5;
const fmt = (x: number, d = 1) => x.toFixed(d);
const header = ['workload'.padEnd(46), 'runs', 'build s', ' run s', 'total s', 'M res-days/s', 'x ref', 'peak RSS MB'].join(' ');
process.stderr.write('ronghe engine benchmark\n');
const rows: ReturnType<typeof series>[] = [];
let reference: ReturnType<typeof series> | undefined;
/** Measures a workload and prints its row at once, so a later failure loses nothing. */
function row(label: string, scenario: string, extra: string[], runs: number): void {
  const r = series(label, scenario, extra, runs);
  reference ??= r;
  rows.push(r);
  if (rows.length === 1) console.log(`Node ${process.version}, ${process.platform}-${process.arch}; medians over the runs shown\n${header}`);
  console.log(
    r.label.padEnd(46),
    String(r.runs).padStart(4),
    fmt(r.medianBuildSeconds).padStart(7),
    fmt(r.medianRunSeconds).padStart(6),
    fmt(r.medianTotalSeconds).padStart(7),
    fmt(r.medianResidentDaysPerSecond / 1e6).padStart(12),
    fmt(r.medianResidentDaysPerSecond / reference.medianResidentDaysPerSecond, 2).padStart(5),
    fmt(r.medianPeakRssMB, 0).padStart(11),
  );
}

row('reference: small.json, 1 year', 'scenarios/small.json', ['--years', '1'], reps);
row('small.json (20k residents, 5 years)', 'scenarios/small.json', [], reps);
row('county.json (500k residents, 5 years)', 'scenarios/county.json', [], quick ? 1 : 3);
if (!quick) row('county.json at 1,000,000 residents, 5 years', 'scenarios/county.json', ['--residents', '1000000'], 1);
console.log('\nTargets: county.json in <= 20 s on one thread; 1,000,000 residents within 1,024 MB peak RSS.');
if (values.json) writeFileSync(values.json, JSON.stringify({ node: process.version, rows }, null, 2));
