/**
 * `npm run bench:peers`: the reference Schelling model (ABMFrameworksComparison declaration,
 * small and large) in the engine, in a hand-written typed-array loop (the floor), and written
 * with agentscript's and flocc's public APIs, timed in one sequence on this machine.
 *
 * Every measurement is a fresh process (bench/peers/once.ts) holding one implementation: untimed
 * warm-up runs (at least 5 and at least 0.5 s), then the timed runs, each building a new model (construction included)
 * and running its 20 steps. Rounds repeat the whole sequence, rotating the order of the
 * implementations, so that a slow spell of a shared machine falls on all of them; the figure per
 * implementation is the median over all its timed runs. The first run of each process (cold: no
 * JIT yet) is reported separately. Ratios are of medians measured in this same session.
 *
 * Options: --quick (1 round of 10 runs instead of 5 rounds of 30), --rounds R, --runs N,
 * --warmup W (runs), --warmup-seconds T, --json FILE (write every time and the summary).
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { SIZES, type SizeName } from '../../engine/models/schelling/params.ts';
import { measureInChild, median } from '../measure.ts';
import { IMPLEMENTATIONS, LABELS, type Implementation } from './implementations.ts';

interface Measurement {
  impl: Implementation;
  size: SizeName;
  coldMs: number;
  times: number[];
  meanHappy: number;
}

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    rounds: { type: 'string' },
    runs: { type: 'string' },
    warmup: { type: 'string' },
    'warmup-seconds': { type: 'string' },
    json: { type: 'string' },
  },
});
const rounds = Number(values.rounds ?? (values.quick ? 1 : 5));
const runs = Number(values.runs ?? (values.quick ? 10 : 30));
const warmup = Number(values.warmup ?? (values.quick ? 3 : 5));
const warmupSeconds = Number(values['warmup-seconds'] ?? (values.quick ? 0.3 : 0.5));
const sizes = Object.keys(SIZES) as SizeName[];

const load0 = loadavg();
const started = Date.now();
process.stderr.write(`ronghe peer benchmark: Schelling, ${rounds} round(s) x ${runs} timed runs (after >= ${warmup} warm-up runs and >= ${warmupSeconds} s) per implementation and size\n`);
const all: Measurement[] = [];
for (let r = 0; r < rounds; r++) {
  for (const size of sizes) {
    const order = IMPLEMENTATIONS.map((_, k) => IMPLEMENTATIONS[(k + r) % IMPLEMENTATIONS.length]);
    for (const impl of order) {
      const m = measureInChild<Measurement>('./peers/once.ts', [impl, size, '--runs', String(runs), '--warmup', String(warmup), '--warmup-seconds', String(warmupSeconds), '--seed', String(1 + 1000 * r)]);
      all.push(m);
      process.stderr.write(`  round ${r + 1}/${rounds} ${size.padEnd(5)} ${impl.padEnd(11)} median ${median(m.times).toFixed(2).padStart(8)} ms  cold ${m.coldMs.toFixed(1).padStart(7)} ms\n`);
    }
  }
}
const load1 = loadavg();

interface Row {
  impl: Implementation;
  size: SizeName;
  runs: number;
  medianMs: number;
  p25Ms: number;
  p75Ms: number;
  coldMedianMs: number;
  meanHappy: number;
}
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))];
};
const rows: Row[] = [];
for (const size of sizes) {
  for (const impl of IMPLEMENTATIONS) {
    const ms = all.filter((m) => m.impl === impl && m.size === size);
    const times = ms.flatMap((m) => m.times);
    rows.push({
      impl,
      size,
      runs: times.length,
      medianMs: median(times),
      p25Ms: quantile(times, 0.25),
      p75Ms: quantile(times, 0.75),
      coldMedianMs: median(ms.map((m) => m.coldMs)),
      meanHappy: ms.reduce((s, m) => s + m.meanHappy, 0) / ms.length,
    });
  }
}
const row = (impl: Implementation, size: SizeName) => rows.find((r) => r.impl === impl && r.size === size)!;

console.log(`\nSchelling (ABMFrameworksComparison declaration), 20 steps, model construction included`);
console.log(`Node ${process.version}, ${process.platform}-${process.arch}, ${cpus().length} x ${cpus()[0]?.model ?? '?'}; load average ${load0[0].toFixed(2)} at start, ${load1[0].toFixed(2)} at end; ${((Date.now() - started) / 60000).toFixed(1)} min`);
console.log(`medians over ${rounds} process(es) x ${runs} timed runs, each process warmed up by >= ${warmup} runs and >= ${warmupSeconds} s; cold = first run in a fresh process (median over processes)\n`);
console.log(['size', 'implementation'.padEnd(40), 'runs', 'median ms', '  p25-p75 ms', 'cold ms', 'x engine', 'happy'].join('  '));
for (const r of rows) {
  const engine = row('engine', r.size);
  console.log(
    [
      r.size.padEnd(5),
      LABELS[r.impl].padEnd(40),
      String(r.runs).padStart(4),
      r.medianMs.toFixed(3).padStart(9),
      `${r.p25Ms.toFixed(2)}-${r.p75Ms.toFixed(2)}`.padStart(12),
      r.coldMedianMs.toFixed(1).padStart(7),
      (r.medianMs / engine.medianMs).toFixed(2).padStart(8),
      r.meanHappy.toFixed(4).padStart(6),
    ].join('  '),
  );
}
console.log('\nRatios (medians; targets: engine / floor <= 1.3; agentscript and flocc / engine >= 10):');
const ratios: Record<string, number> = {};
for (const size of sizes) {
  const e = row('engine', size).medianMs;
  ratios[`${size}.engineOverFloor`] = e / row('floor', size).medianMs;
  ratios[`${size}.agentscriptOverEngine`] = row('agentscript', size).medianMs / e;
  ratios[`${size}.floccOverEngine`] = row('flocc', size).medianMs / e;
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  console.log(
    `  ${size.padEnd(5)} engine / floor ${ratios[`${size}.engineOverFloor`].toFixed(2)} (${verdict(ratios[`${size}.engineOverFloor`] <= 1.3)})` +
      `   agentscript / engine ${ratios[`${size}.agentscriptOverEngine`].toFixed(1)} (${verdict(ratios[`${size}.agentscriptOverEngine`] >= 10)})` +
      `   flocc / engine ${ratios[`${size}.floccOverEngine`].toFixed(1)} (${verdict(ratios[`${size}.floccOverEngine`] >= 10)})`,
  );
}
console.log('Cold (first run of a fresh process, before the JIT has compiled anything; medians over processes):');
for (const size of sizes) {
  const e = row('engine', size).coldMedianMs;
  ratios[`${size}.cold.engineOverFloor`] = e / row('floor', size).coldMedianMs;
  ratios[`${size}.cold.agentscriptOverEngine`] = row('agentscript', size).coldMedianMs / e;
  ratios[`${size}.cold.floccOverEngine`] = row('flocc', size).coldMedianMs / e;
  console.log(
    `  ${size.padEnd(5)} engine / floor ${ratios[`${size}.cold.engineOverFloor`].toFixed(2)}   agentscript / engine ${ratios[`${size}.cold.agentscriptOverEngine`].toFixed(1)}   flocc / engine ${ratios[`${size}.cold.floccOverEngine`].toFixed(1)}`,
  );
}
if (values.json) writeFileSync(values.json, JSON.stringify({ node: process.version, cpu: cpus()[0]?.model, loadavg: { start: load0, end: load1 }, rounds, runs, warmup, warmupSeconds, rows, ratios, measurements: all }, null, 2));
