/**
 * The case library (scenarios/cases, experiments/cases, docs/cases) holds together: every case
 * has a valid scenario, an experiment on it with bilingual labels, and a page that cites its
 * source document and gives the command that reproduces its results; the index lists every
 * case; and the report opens every case experiment, arms and labels included.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadExperiment } from '../../experiments/design/loader.ts';
import { runExperiment } from '../../experiments/run/runner.ts';
import { loadScenario } from '../../scenarios/loader.ts';
import { reportData } from '../../viz/report.ts';
import { smallJson } from '../fixtures.ts';

const CASES = readdirSync('scenarios/cases')
  .filter((f) => f.endsWith('.json'))
  .map((f) => basename(f, '.json'))
  .sort();
/** Source documents as named in shared/seeds (the case pages cite them by file name). */
const SEED_FILE = /\b00[0-4]_[0-9a-f]{16}\.txt\b/;

describe('case library', () => {
  it('has the eight cases of the source documents', () => {
    expect(CASES).toEqual(['beijing-whistle', 'cadre-exchange', 'datian', 'fengqiao', 'hongta', 'huitian', 'songzi', 'wuhou-cujin']);
  });

  it.each(CASES)('%s: scenario and experiment validate, with zh and en labels and a seed citation', (id) => {
    const scenario = loadScenario(`scenarios/cases/${id}.json`);
    expect(scenario.labels.zh).not.toBe(scenario.labels.en);
    expect(JSON.parse(readFileSync(`scenarios/cases/${id}.json`, 'utf8')).description).toMatch(SEED_FILE);
    const { experiment, scenarioPath } = loadExperiment(`experiments/cases/${id}.json`);
    expect(resolve(scenarioPath)).toBe(resolve(`scenarios/cases/${id}.json`));
    expect(experiment.arms.length).toBeGreaterThanOrEqual(3);
    for (const arm of experiment.arms) expect(arm.labels.zh).not.toBe(arm.labels.en);
    expect(JSON.parse(readFileSync(`experiments/cases/${id}.json`, 'utf8')).description).toMatch(SEED_FILE);
  });

  it('gives every case experiment its own master seed', () => {
    const seeds = CASES.map((id) => loadExperiment(`experiments/cases/${id}.json`).experiment.seed);
    expect(new Set(seeds).size).toBe(CASES.length);
  });

  it.each(CASES)('%s: its page cites the source and gives the reproducing command', (id) => {
    const page = readFileSync(`docs/cases/${id}.md`, 'utf8');
    expect(page).toMatch(SEED_FILE);
    expect(page).toContain(`experiment experiments/cases/${id}.json`);
    expect(page).toMatch(/## Results/);
    expect(page).toMatch(/## Limits/);
  });

  it('indexes every case in docs/cases/README.md', () => {
    const index = readFileSync('docs/cases/README.md', 'utf8');
    for (const id of CASES) expect(index).toContain(`(${id}.md)`);
  });
});

describe('reports of case experiments', () => {
  // Each case experiment on a 3,000-resident county for 1.25 years, one replicate: enough for the
  // practice (from year 1) to act and for the report to have every arm and panel to show.
  const dir = mkdtempSync(join(tmpdir(), 'ronghe-cases-'));
  const base = smallJson();
  base.county = { ...base.county, residents: 3000 };
  writeFileSync(join(dir, 'base.json'), JSON.stringify(base));

  it.each(CASES)('%s: the report opens its results with every arm', async (id) => {
    const out = join(dir, id);
    const result = await runExperiment(`experiments/cases/${id}.json`, { out, replications: 1, years: 1.25, scenario: join(dir, 'base.json'), workers: 1 });
    expect(result.failures).toEqual([]);
    const data = reportData(out, 'zh') as unknown as { kind: string };
    expect(data.kind).toBe('experiment');
    const text = JSON.stringify(data);
    for (const arm of result.manifest.experiment.arms) expect(text).toContain(arm.labels.zh);
    expect(existsSync(join(out, 'contrasts.csv'))).toBe(true);
  });
});
