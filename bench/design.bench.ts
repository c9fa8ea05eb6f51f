/**
 * `npm run bench:design`: the documented policy design (experiments/design-gap.json, small county)
 * end to end, on 2 workers in a fresh folder: its wall time (the target is under 15
 * minutes on a 2-core machine), evaluations and runs per minute, and the share of the wall time
 * spent outside simulation.
 *
 * That share is measured, not assumed: a sample of the search's own runs (every package of the
 * fresh stage, replicate 0) is run again in this process with the engine alone, timed, and the
 * mean engine time per run × runs ÷ workers is what the design would take if nothing but
 * simulation cost anything. The rest — planning, writing run files, per-stage summaries, pool
 * start-up, the search itself — is the overhead (it also includes any imperfect scaling of two
 * workers on two cores, so it is an upper bound).
 *
 * Options: --quick (population 6, 1 generation: a smoke test of the benchmark), --json FILE.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadExperiment } from '../experiments/design/loader.ts';
import { composeScenario } from '../experiments/design/compose.ts';
import { planPoints, planRuns } from '../experiments/design/plan.ts';
import { runDesign } from '../experiments/search/runner.ts';
import { run } from '../engine/simulation.ts';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, json: { type: 'string' } } });
const WORKERS = 2;
const EXAMPLE = new URL('../experiments/design-gap.json', import.meta.url).pathname;

let file = EXAMPLE;
const dir = mkdtempSync(join(tmpdir(), 'ronghe-bench-design-'));
if (values.quick) {
  const design = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
  design.search = { population: 6, generations: 1 };
  design.scenario = new URL('../scenarios/small.json', import.meta.url).pathname;
  file = join(dir, 'design.json');
  writeFileSync(file, JSON.stringify(design));
}

process.stderr.write(`ronghe design benchmark: ${values.quick ? 'quick variant of ' : ''}experiments/design-gap.json, ${WORKERS} workers\n`);
const started = performance.now();
const result = await runDesign(file, { workers: WORKERS, out: join(dir, 'out') });
const wallSeconds = (performance.now() - started) / 1000;

// Engine time per run, from a sample of the design's own runs.
const stage = loadExperiment(join(result.dir, 'stages', 'fresh.json'));
const points = planPoints(stage.experiment, stage.points);
const sample = planRuns(stage.experiment, points).filter((r) => r.replicate === 0);
let engineSeconds = 0;
for (const r of sample) {
  const scenario = composeScenario(stage.baseScenario, stage.experiment, stage.experiment.arms[r.armIndex], points[r.point]);
  const t = performance.now();
  run(scenario, { seed: r.seed });
  engineSeconds += (performance.now() - t) / 1000;
}
const perRun = engineSeconds / sample.length;
const simulationWall = (perRun * result.runs) / WORKERS;
const row = {
  node: process.version,
  quick: values.quick,
  workers: WORKERS,
  wallSeconds,
  evaluations: result.evaluations,
  packagesRun: result.packagesRun,
  runs: result.runs,
  evaluationsPerMinute: result.evaluations / (wallSeconds / 60),
  runsPerMinute: result.runs / (wallSeconds / 60),
  engineSecondsPerRun: perRun,
  shareOutsideSimulation: 1 - simulationWall / wallSeconds,
};
console.log(`wall ${(wallSeconds / 60).toFixed(1)} min (target < 15 min); ${row.evaluations} evaluations (${row.evaluationsPerMinute.toFixed(1)}/min), ${row.packagesRun} packages, ${row.runs} runs (${row.runsPerMinute.toFixed(1)}/min)`);
console.log(`engine ${perRun.toFixed(3)} s per run (sample of ${sample.length}); share of wall time outside simulation ${(row.shareOutsideSimulation * 100).toFixed(1)}%`);
if (values.json) writeFileSync(values.json, JSON.stringify(row, null, 2));
