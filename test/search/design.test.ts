/**
 * `runDesign` end to end on a 2,000-resident county for half a year: the search's outputs, the
 * constraints judged before any run, common random numbers across packages, fresh seeds for the
 * re-evaluation, identical results with one and two workers, and a stopped search resumed.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { smallJson } from '../fixtures.ts';
import { runDesign, type DesignResult } from '../../experiments/search/runner.ts';
import { loadExperiment } from '../../experiments/design/loader.ts';
import { DESIGN_FILES } from '../../output/names.ts';

const BUDGET = 45_000;

/** Writes base.json and design.json into a new temporary folder; returns the design file. */
function writeDesign(overrides: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'ronghe-design-'));
  const base = smallJson();
  base.county.residents = 2000;
  writeFileSync(join(dir, 'base.json'), JSON.stringify(base));
  const design = {
    name: 'tiny-design',
    scenario: 'base.json',
    years: 0.5,
    replications: 2,
    seed: 11,
    levers: [
      { kind: 'digitalRollout', name: 'digital', params: { trainingReachPerYear: { min: 0, max: 0.5 } }, targets: ['all', 'rural'] },
      { kind: 'whistleCoordination', name: 'whistle', params: { whistlesPerTownshipPerMonth: { min: 1, max: 30 } } },
    ],
    constraints: { budget: { total: BUDGET } },
    objectives: ['group_gap_unmet_share', 'cost_total'],
    search: { population: 6, generations: 2 },
    reevaluation: { replications: 3 },
    ...overrides,
  };
  const file = join(dir, 'design.json');
  writeFileSync(file, JSON.stringify(design, null, 2));
  return file;
}

const csv = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');
const rows = (text: string) => text.trim().split('\n').slice(1).map((line) => line.split(','));
const seedsOf = (stageDir: string) => JSON.parse(readFileSync(join(stageDir, 'manifest.json'), 'utf8')).runs as { id: string; arm: string; replicate: number; seed: number }[];

describe('runDesign', () => {
  let file: string;
  let result: DesignResult;
  beforeAll(async () => {
    file = writeDesign();
    result = await runDesign(file, { workers: 2, out: join(file, '..', 'out') });
  }, 120_000);

  it('writes every output, with one evaluation row per candidate and a hypervolume per generation', () => {
    for (const name of [...DESIGN_FILES, 'design.json']) expect(readdirSync(result.dir)).toContain(name);
    expect(rows(csv(result.dir, 'evaluations.csv'))).toHaveLength(6 * 3);
    const generations = rows(csv(result.dir, 'generations.csv'));
    expect(generations.map((r) => r[0])).toEqual(['0', '1', '2']);
    for (const r of generations) expect(Number(r[6])).toBeGreaterThan(0);
    const manifest = JSON.parse(readFileSync(join(result.dir, 'design.json'), 'utf8'));
    expect(manifest.status).toBe('complete');
    expect(manifest.kind).toBe('ronghe-design');
  });

  it('judges the budget on the plan and never runs a package over it', () => {
    const header = csv(result.dir, 'evaluations.csv').split('\n')[0].split(',');
    const col = (name: string) => header.indexOf(name);
    const evaluated = rows(csv(result.dir, 'evaluations.csv'));
    const over = evaluated.filter((r) => Number(r[col('planned_cost_total')]) > BUDGET);
    expect(over.length).toBeGreaterThan(0); // the ranges reach beyond the budget
    for (const r of over) {
      expect(r[col('feasible')]).toBe('false');
      expect(r[col('evaluation')]).toBe('skipped');
    }
    const run = new Set(readdirSync(join(result.dir, 'stages')).filter((n) => n.startsWith('g') && !n.endsWith('.json')).flatMap((g) => readdirSync(join(result.dir, 'stages', g, 'runs'))));
    for (const r of over) expect(run.has(r[col('package')])).toBe(false);
    for (const p of result.packages) expect(p.plan.total).toBeLessThanOrEqual(BUDGET);
  });

  it('keeps "change nothing" on the front when cost is an objective, and re-evaluates every final package', () => {
    expect(result.packages.map((p) => p.id)).toContain('baseline');
    for (const p of result.packages) {
      expect(p.fresh).not.toBeNull();
      expect(p.fresh!.every((e) => e.n === 3)).toBe(true);
      expect(p.search.every((e) => e.n === 2)).toBe(true);
    }
  });

  it('runs every package of a stage on the same seeds, and the re-evaluation on seeds the search never used', () => {
    const stages = join(result.dir, 'stages');
    const g0 = seedsOf(join(stages, 'g0'));
    for (const run of g0) expect(run.seed).toBe(g0.find((r) => r.arm === 'baseline' && r.replicate === run.replicate)!.seed);
    const searchSeeds = new Set(readdirSync(stages).filter((n) => /^g\d+$/.test(n)).flatMap((g) => seedsOf(join(stages, g)).map((r) => r.seed)));
    expect(searchSeeds.size).toBe(2);
    const fresh = seedsOf(join(stages, 'fresh'));
    expect(new Set(fresh.map((r) => r.seed)).size).toBe(3);
    for (const r of fresh) expect(searchSeeds.has(r.seed)).toBe(false);
  });

  it('writes the final packages as an ordinary experiment that loads as is', () => {
    const { experiment } = loadExperiment(join(result.dir, 'front.experiment.json'));
    expect(experiment.arms.map((a) => a.name)).toEqual(['baseline', ...result.packages.filter((p) => p.id !== 'baseline').map((p) => p.id)]);
    expect(experiment.replications).toBe(3);
  });

  it('gives byte-identical outputs with one worker, and after a stop and a rerun', async () => {
    const one = await runDesign(file, { workers: 1, out: join(file, '..', 'one') });
    const stop = new AbortController();
    const stopped = join(file, '..', 'stopped');
    await expect(runDesign(file, { workers: 2, out: stopped, signal: stop.signal, onGeneration: (g) => g.generation === 1 && stop.abort() })).rejects.toThrow();
    const started: string[] = [];
    const resumed = await runDesign(file, { workers: 2, out: stopped, onStageStart: (s) => started.push(s.stage) });
    expect(started).not.toContain('g0'); // the stages finished before the stop are read, not run again
    expect(started).not.toContain('g1');
    expect(started).toContain('fresh');
    for (const name of DESIGN_FILES) {
      expect(csv(one.dir, name), name).toBe(csv(result.dir, name));
      expect(csv(resumed.dir, name), name).toBe(csv(result.dir, name));
    }
  }, 180_000);
});

describe('runDesign with uncertain parameters', () => {
  it('judges every package across the same samples of the uncertain parameters, and re-evaluates on fresh samples', async () => {
    const file = writeDesign({
      replications: 1,
      uncertainty: { samples: 3, parameters: [{ name: 'threshold', path: '/digital/skillThreshold', min: 0.25, max: 0.45 }] },
      search: { population: 4, generations: 0 },
      reevaluation: { replications: 2, samples: 2 },
    });
    const result = await runDesign(file, { workers: 2, out: join(file, '..', 'out') });
    const pointsOf = (stage: string) => JSON.parse(readFileSync(join(result.dir, 'stages', stage, 'manifest.json'), 'utf8')).points.map((p: { values: { threshold: number } }) => p.values.threshold) as number[];
    const search = pointsOf('g0');
    expect(search).toHaveLength(3);
    for (const v of search) expect(v).toBeGreaterThanOrEqual(0.25);
    // a Latin hypercube: one sample in each third of the range
    expect(search.map((v) => Math.floor((v - 0.25) / (0.2 / 3))).sort()).toEqual([0, 1, 2]);
    const fresh = pointsOf('fresh');
    expect(fresh).toHaveLength(2);
    for (const v of fresh) expect(search).not.toContain(v);
    for (const p of result.packages) {
      expect(p.search.every((e) => e.n === 3)).toBe(true); // 3 samples x 1 replication
      expect(p.fresh!.every((e) => e.n === 4)).toBe(true); // 2 fresh samples x 2 replications
    }
  }, 120_000);
});
