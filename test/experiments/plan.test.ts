import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inShard, planRuns, type PlanPoint } from '../../experiments/design/plan.ts';
import { sampleRuns } from '../../experiments/run/reproduce.ts';
import { runSeed } from '../../experiments/design/seeds.ts';
import type { Experiment } from '../../experiments/design/types.ts';

const arm = (name: string) => ({ name, labels: { zh: name, en: name }, interventions: [], overrides: {} });
const experiment = (arms: string[], replications: number, seed = 1): Experiment => ({
  name: 'x', labels: { zh: 'x', en: 'x' }, scenario: 's.json', years: 1, recordEvery: 'month', replications, seed, baseline: arms[0],
  arms: arms.map(arm), sweep: null, outcomes: [],
});
const point = (index: number, byPath: Record<string, number>): PlanPoint => ({ index, values: byPath, byPath });

describe('run seeds', () => {
  it('are shared by every arm of a (point, replicate) and differ between replicates', () => {
    const runs = planRuns(experiment(['a', 'b', 'c'], 4), [point(0, {})]);
    for (let r = 0; r < 4; r++) expect(new Set(runs.filter((x) => x.replicate === r).map((x) => x.seed)).size).toBe(1);
    expect(new Set(runs.map((x) => x.seed)).size).toBe(4);
  });

  it('never change when arms, sweep points or replicates are added', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), (seed, reps, extra) => {
        const small = planRuns(experiment(['a', 'b'], reps, seed), [point(0, { '/x': 1 })]);
        const large = planRuns(experiment(['z', 'a', 'b', 'c'], reps + extra, seed), [point(0, { '/x': 0.5 }), point(1, { '/x': 1 })]);
        for (const run of small) expect(large.find((r) => r.arm === run.arm && r.replicate === run.replicate && r.id.endsWith(`r${run.replicate}`) && r.point === 1)!.seed).toBe(run.seed);
      }),
      { numRuns: 50 },
    );
  });

  it('depend on the master seed, the point values and the replicate only', () => {
    expect(runSeed(1, { '/a': 1 }, 0)).toBe(runSeed(1, { '/a': 1 }, 0));
    expect(runSeed(1, { '/a': 1, '/b': 2 }, 0)).toBe(runSeed(1, { '/b': 2, '/a': 1 }, 0)); // key order is irrelevant
    const seeds = [runSeed(1, {}, 0), runSeed(2, {}, 0), runSeed(1, { '/a': 1 }, 0), runSeed(1, {}, 1)];
    expect(new Set(seeds).size).toBe(4);
    for (const s of seeds) expect(Number.isInteger(s) && s >= 0 && s < 2 ** 32).toBe(true);
  });
});

describe('plan order', () => {
  it('is point, then replicate, then arm; ids name the run file', () => {
    const runs = planRuns(experiment(['a', 'b'], 2), [point(0, { '/x': 1 }), point(1, { '/x': 2 })]);
    expect(runs.map((r) => r.id)).toEqual(['a/p0-r0', 'b/p0-r0', 'a/p0-r1', 'b/p0-r1', 'a/p1-r0', 'b/p1-r0', 'a/p1-r1', 'b/p1-r1']);
    expect(runs.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('shards', () => {
  it('split the plan into disjoint shares that cover it, each holding whole pairs (every arm)', () => {
    const runs = planRuns(experiment(['a', 'b', 'c', 'd'], 5), [point(0, { '/x': 1 }), point(1, { '/x': 2 })]);
    for (const count of [1, 2, 3, 4, 7, 40]) {
      const owners = runs.map((run) => [...Array(count).keys()].filter((index) => inShard(run, { index, count })));
      expect(owners.every((o) => o.length === 1)).toBe(true);
      for (const run of runs) for (const other of runs) if (run.pair === other.pair) expect(owners[other.index]).toEqual(owners[run.index]);
      if (count <= 10) for (let index = 0; index < count; index++) expect(new Set(runs.filter((r) => inShard(r, { index, count })).map((r) => r.arm)).size).toBe(4);
    }
  });
});

describe('Latin hypercube seeds', () => {
  it('differ between samples even when their values round to the same point', () => {
    const e: Experiment = { ...experiment(['a'], 1), sweep: { kind: 'latinHypercube', samples: 3, parameters: [{ name: 'k', path: '/k', min: 0, max: 1, scale: 'linear', integer: true }] } };
    const runs = planRuns(e, [point(0, { '/k': 1 }), point(1, { '/k': 1 }), point(2, { '/k': 0 })]);
    expect(new Set(runs.map((r) => r.seed)).size).toBe(3);
  });
});

describe('sampling runs to reproduce', () => {
  it('covers every arm and point before repeating one, and spreads over replicates', () => {
    const runs = planRuns(experiment(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], 30), [point(0, {})]);
    const five = sampleRuns(runs, 5);
    expect(new Set(five.map((r) => r.arm)).size).toBe(5);
    const eight = sampleRuns(runs, 8);
    expect(new Set(eight.map((r) => r.arm)).size).toBe(8);
    const twenty = sampleRuns(runs, 20);
    expect(twenty).toHaveLength(20);
    expect(new Set(twenty.map((r) => r.id)).size).toBe(20);
    expect(new Set(twenty.map((r) => r.replicate)).size).toBeGreaterThan(1);
    expect(twenty.map((r) => r.index)).toEqual([...twenty.map((r) => r.index)].sort((x, y) => x - y));
  });
});
