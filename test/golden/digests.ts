/**
 * `npm run digests`: the SHA-256 of the result files of every shipped scenario (small.json, the
 * examples and the cases, each at its own seed and horizon), one line per file, as `ronghe run`
 * would write them. Run it before and after a change that must not change results (a refactor,
 * a speed-up) and compare the two outputs with diff: any difference names the scenario and file.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadScenario, placesCsv, run, seriesCsv, summaryJson } from '../../api.ts';
import { PLACES_FILE, SERIES_FILE, SUMMARY_FILE } from '../../output/names.ts';
import { ROOT } from '../layers/graph.ts';

/** The shipped scenario files, in a fixed order. */
export function shippedScenarios(): string[] {
  const inFolder = (folder: string) => readdirSync(join(ROOT, folder)).filter((f) => f.endsWith('.json')).sort().map((f) => join(ROOT, folder, f));
  return [join(ROOT, 'scenarios/small.json'), ...inFolder('scenarios/examples'), ...inFolder('scenarios/cases')];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

for (const file of shippedScenarios()) {
  const scenario = loadScenario(file);
  const result = run(scenario, { seed: scenario.seed });
  const name = relative(ROOT, file);
  const files: [string, string][] = [[SERIES_FILE, seriesCsv(result)], [SUMMARY_FILE, summaryJson(result, scenario.name)], [PLACES_FILE, placesCsv(result)]];
  for (const [out, text] of files) process.stdout.write(`${sha256(text)}  ${name} ${out}\n`);
}
