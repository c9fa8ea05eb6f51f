/**
 * One scale-benchmark measurement in its own process (so peak RSS is its own): the county
 * scenario with its residents overridden, built, then run year by year; prints one JSON line with
 * the build time, the time of each simulated year, the RSS before and after building (before: the
 * process with its modules loaded) and the peak RSS.
 * Usage: tsx bench/scaleOnce.ts SCENARIO --residents N [--years Y] [--seed S]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DAYS_PER_YEAR } from '../engine/core/calendar.ts';
import { createSimulation } from '../engine/simulation.ts';
import { parseScenario } from '../scenarios/loader.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { residents: { type: 'string' }, years: { type: 'string', default: '2' }, seed: { type: 'string', default: '1' } } });
const json = JSON.parse(readFileSync(positionals[0], 'utf8'));
if (values.residents) json.county = { ...json.county, residents: Number(values.residents) };
json.years = Number(values.years);
const scenario = parseScenario(json, positionals[0]);
const rssBeforeBuildMB = process.memoryUsage().rss / 2 ** 20;
const t0 = performance.now();
const sim = createSimulation(scenario, { seed: Number(values.seed) });
const buildSeconds = (performance.now() - t0) / 1000;
const rssAfterBuildMB = process.memoryUsage().rss / 2 ** 20;
const yearSeconds: number[] = [];
for (let y = 0; y < scenario.years; y++) {
  const t = performance.now();
  for (let d = 0; d < DAYS_PER_YEAR && !sim.done; d++) sim.step();
  yearSeconds.push((performance.now() - t) / 1000);
}
const t1 = performance.now();
sim.result();
const resultSeconds = (performance.now() - t1) / 1000;
console.log(
  JSON.stringify({
    residents: scenario.county.residents,
    years: scenario.years,
    buildSeconds,
    yearSeconds,
    resultSeconds,
    rssBeforeBuildMB,
    rssAfterBuildMB,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
