/**
 * One benchmark measurement in its own process (so peak RSS is its own): loads a scenario,
 * optionally rescales residents and years, times building and running, prints one JSON line.
 * Usage: tsx bench/runOnce.ts SCENARIO [--residents N] [--years Y] [--seed S]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createSimulation } from '../engine/simulation.ts';
import { parseScenario } from '../scenarios/loader.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { residents: { type: 'string' }, years: { type: 'string' }, seed: { type: 'string' } } });
const json = JSON.parse(readFileSync(positionals[0], 'utf8'));
if (values.residents) json.county = { ...json.county, residents: Number(values.residents) };
if (values.years) json.years = Number(values.years);
const scenario = parseScenario(json, positionals[0]);
const t0 = performance.now();
const sim = createSimulation(scenario, { seed: Number(values.seed ?? 1) });
const t1 = performance.now();
sim.run();
const t2 = performance.now();
const residentDays = scenario.county.residents * sim.state.horizonDays;
console.log(
  JSON.stringify({
    residents: scenario.county.residents,
    years: scenario.years,
    buildSeconds: (t1 - t0) / 1000,
    runSeconds: (t2 - t1) / 1000,
    totalSeconds: (t2 - t0) / 1000,
    residentDaysPerSecond: residentDays / ((t2 - t1) / 1000),
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
