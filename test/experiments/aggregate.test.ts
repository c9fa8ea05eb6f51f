import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregate, contrastPairs } from '../../experiments/analysis/aggregate.ts';
import { planRuns, type PlanPoint } from '../../experiments/design/plan.ts';
import type { RunFile } from '../../output/runFile.ts';
import type { Experiment } from '../../experiments/design/types.ts';

const arm = (name: string) => ({ name, labels: { zh: name, en: name }, interventions: [], overrides: {} });
const experiment: Experiment = {
  name: 'x', labels: { zh: 'x', en: 'x' }, scenario: 's.json', years: 1, recordEvery: 'quarter', replications: 3, seed: 1, baseline: 'base',
  arms: ['base', 'a', 'b'].map(arm), sweep: null,
  outcomes: [{ metric: 'participation', better: 'higher' }, { metric: 'gap_participation', better: 'zero' }],
};
const points: PlanPoint[] = [{ index: 0, values: {}, byPath: {} }];

/**
 * Hand-made run files: participation = arm level + replicate offset, so every statistic below can
 * be worked out by hand. base: 0.20, 0.22, 0.24; a: 0.25, 0.26, 0.30; b: 0.20, 0.22, 0.24 (= base).
 */
const participation: Record<string, number[]> = { base: [0.2, 0.22, 0.24], a: [0.25, 0.26, 0.3], b: [0.2, 0.22, 0.24] };
const gap: Record<string, number[]> = { base: [0.1, 0.1, 0.1], a: [0.05, -0.2, 0.08], b: [0.1, 0.1, 0.1] };
const cost: Record<string, number> = { base: 0, a: 2_000_000, b: 1_000_000 };

function folder(skip: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'ronghe-agg-'));
  for (const run of planRuns(experiment, points)) {
    if (skip.includes(run.id)) continue;
    const p = participation[run.arm][run.replicate];
    const file: RunFile = {
      run: run.id, arm: run.arm, point: 0, replicate: run.replicate, seed: run.seed, scenarioHash: 'h', years: 1,
      totals: { needs: 10, escalations: 0, cost: cost[run.arm], staffDays: 0 },
      summary: { participation: p, gap_participation: gap[run.arm][run.replicate], unmet_share: null },
      series: { year: [1, 1], month: [3, 6], day: [89, 180], values: { participation: [p / 2, p], gap_participation: [0, gap[run.arm][run.replicate]], unmet_share: [null, null] } },
      // two places; place 1 has no adults (null) in replicate 0 only
      places: { township: [0, 0], urban: [0, 1], residents: [100, 50], values: { participation: [[p, run.replicate === 0 ? null : 1], [p, 0.5]] } },
    };
    mkdirSync(join(dir, 'runs', run.arm), { recursive: true });
    writeFileSync(join(dir, 'runs', `${run.id}.json`), JSON.stringify(file));
  }
  return dir;
}

function csv(path: string): Record<string, string>[] {
  const [head, ...rows] = readFileSync(path, 'utf8').trim().split('\n');
  const keys = head.split(',');
  return rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [keys[i], v])));
}

describe('aggregate', () => {
  it('writes every run value to runs.csv and per-arm means, SDs and t intervals to arms.csv', () => {
    const dir = folder();
    const result = aggregate(dir, experiment, points, planRuns(experiment, points));
    expect(result.missing).toEqual([]);
    expect(result.digests.size).toBe(9);
    const runs = csv(join(dir, 'runs.csv'));
    expect(runs).toHaveLength(27); // 9 runs x 3 metrics
    expect(runs.filter((r) => r.metric === 'unmet_share').every((r) => r.value === 'NA')).toBe(true);
    const a = csv(join(dir, 'arms.csv')).find((r) => r.arm === 'a' && r.metric === 'participation')!;
    // mean 0.27; deviations -0.02, -0.01, 0.03 -> SD sqrt(0.0014 / 2) = 0.0264575; t(0.975, 2) = 4.30265
    expect(Number(a.n)).toBe(3);
    expect(Number(a.mean)).toBeCloseTo(0.27, 10);
    expect(Number(a.sd)).toBeCloseTo(0.0264575131, 8);
    expect(Number(a.ci_low)).toBeCloseTo(0.27 - (4.30265272975 * 0.0264575131) / Math.sqrt(3), 7);
    expect(Number(a.ci_high)).toBeCloseTo(0.27 + (4.30265272975 * 0.0264575131) / Math.sqrt(3), 7);
    const unmet = csv(join(dir, 'arms.csv')).find((r) => r.arm === 'a' && r.metric === 'unmet_share')!;
    expect([unmet.n, unmet.mean]).toEqual(['0', 'NA']);
  });

  it('pairs arms by replicate in contrasts.csv: vs baseline first, then between the other arms', () => {
    const dir = folder();
    aggregate(dir, experiment, points, planRuns(experiment, points));
    const rows = csv(join(dir, 'contrasts.csv'));
    expect(rows.map((r) => `${r.arm}-${r.reference}-${r.metric}`)).toEqual([
      'a-base-participation', 'a-base-gap_participation', 'b-base-participation', 'b-base-gap_participation', 'b-a-participation', 'b-a-gap_participation',
    ]);
    const ab = rows[0];
    // differences 0.05, 0.04, 0.06: mean 0.05, SD 0.01, d_z 5; all better -> p 1; cost +2 million yuan
    expect(Number(ab.mean_diff)).toBeCloseTo(0.05, 10);
    expect(Number(ab.effect_size)).toBeCloseTo(5, 6);
    expect(Number(ab.ci_low)).toBeCloseTo(0.05 - (4.30265272975 * 0.01) / Math.sqrt(3), 7);
    expect(Number(ab.p_improve)).toBe(1);
    expect(Number(ab.cost_diff_million_yuan)).toBe(2);
    expect(Number(ab.change_per_million_yuan)).toBeCloseTo(0.025, 10);
    // gap closer to zero counts as better: |0.05| < 0.1 yes, |-0.2| no, |0.08| yes -> 2/3
    expect(Number(rows[1].p_improve)).toBeCloseTo(2 / 3, 10);
    // b equals the baseline in every pair: no difference, ties count half, SD 0 -> no effect size
    expect([rows[2].mean_diff, rows[2].p_improve, rows[2].effect_size]).toEqual(['0', '0.5', 'NA']);
  });

  it('writes per-arm series with mean and 5-95% band per recorded tick', () => {
    const dir = folder();
    aggregate(dir, experiment, points, planRuns(experiment, points));
    const rows = csv(join(dir, 'series', 'a.csv')).filter((r) => r.metric === 'participation');
    expect(rows.map((r) => r.day)).toEqual(['89', '180']);
    const end = rows[1];
    expect(Number(end.mean)).toBeCloseTo(0.27, 10);
    // type-7 quantiles of 0.25, 0.26, 0.30: p5 at h = 0.1 -> 0.251; p95 at h = 1.9 -> 0.26 + 0.9 * 0.04 = 0.296
    expect(Number(end.p5)).toBeCloseTo(0.251, 10);
    expect(Number(end.p95)).toBeCloseTo(0.296, 10);
  });

  it('writes per-place means over replicates to places/<arm>.csv, skipping missing values', () => {
    const dir = folder();
    aggregate(dir, experiment, points, planRuns(experiment, points));
    const rows = csv(join(dir, 'places', 'a.csv'));
    expect(rows).toHaveLength(4); // 2 ticks x 2 places x 1 metric
    expect(rows.map((r) => [r.day, r.place, r.township, r.urban, r.residents, r.metric])).toEqual([
      ['89', '0', '0', '0', '100', 'participation'], ['89', '1', '0', '1', '50', 'participation'],
      ['180', '0', '0', '0', '100', 'participation'], ['180', '1', '0', '1', '50', 'participation'],
    ]);
    expect(Number(rows[0].mean)).toBeCloseTo(0.27, 10);
    expect(Number(rows[1].mean)).toBe(1); // replicate 0 had no value: mean of replicates 1 and 2
    expect(Number(rows[3].mean)).toBe(0.5);
  });

  it('leaves missing (failed) runs out and reports them; unpaired replicates drop from contrasts', () => {
    const dir = folder(['a/p0-r1']);
    const result = aggregate(dir, experiment, points, planRuns(experiment, points));
    expect(result.missing).toEqual(['a/p0-r1']);
    const a = csv(join(dir, 'arms.csv')).find((r) => r.arm === 'a' && r.metric === 'participation')!;
    expect([a.n, Number(a.mean)]).toEqual(['2', 0.275]);
    expect(csv(join(dir, 'contrasts.csv'))[0].n).toBe('2');
  });

  it('names all pairs once: arms vs the baseline wherever it is, then the others', () => {
    const e = { ...experiment, baseline: 'a' };
    expect(contrastPairs(e)).toEqual([[0, 1], [2, 1], [2, 0]]);
  });
});
