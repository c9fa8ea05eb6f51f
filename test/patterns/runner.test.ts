import { describe, expect, it } from 'vitest';
import { atLeastInEverySeed, atMostInEverySeed, meanNear } from '../../patterns/checks.ts';
import { digitalNonUsers } from '../../patterns/facts/digitalNonUsers.ts';
import { mediation } from '../../patterns/facts/mediation.ts';
import { runPatterns } from '../../patterns/runner.ts';
import { REDUCED } from './fixtures.ts';

const seeds = (...xs: number[]) => xs.map((x, k) => ({ seed: k + 1, values: { x } }));

describe('criteria', () => {
  it('"every seed" criteria show the worst seed and fail on any seed outside the bound or not a number', () => {
    const atLeast = atLeastInEverySeed({ id: 'a', label: { zh: '', en: '' }, unit: 'ratio', min: 1, value: (v) => v.x });
    expect(atLeast.judge(seeds(1.2, 1.0, 3))).toEqual({ value: 1, perSeed: [1.2, 1, 3], pass: true });
    expect(atLeast.judge(seeds(1.2, 0.99)).pass).toBe(false);
    expect(atLeast.judge(seeds(1.2, NaN)).pass).toBe(false);
    const atMost = atMostInEverySeed({ id: 'b', label: { zh: '', en: '' }, unit: 'days', max: 1, value: (v) => v.x });
    expect(atMost.judge(seeds(0, 0.5))).toEqual({ value: 0.5, perSeed: [0, 0.5], pass: true });
    expect(atMost.judge(seeds(0, 1.5)).pass).toBe(false);
    expect(atMost.criterion.en).toBe('≤ 1 d in every seed');
  });

  it('"mean within" criteria compare the mean over seeds with the observed figure', () => {
    const near = meanNear({ id: 'c', label: { zh: '', en: '' }, unit: 'share', target: 0.549, tolerance: 0.08, value: (v) => v.x });
    expect(near.criterion.en).toBe('mean within 54.9% ± 8 pp');
    expect(near.judge(seeds(0.5, 0.7)).pass).toBe(true);
    expect(near.judge(seeds(0.4, 0.5)).pass).toBe(false);
  });
});

describe('runPatterns', () => {
  it('gives the same results on worker threads as in this thread, in pattern and seed order', async () => {
    const options = { scenario: REDUCED, seeds: [2, 1], patterns: [mediation, digitalNonUsers] };
    const inThread = await runPatterns({ ...options, workers: 1 });
    const onThreads = await runPatterns({ ...options, workers: 2 });
    expect(onThreads).toEqual(inThread);
    expect(inThread.map((r) => r.id)).toEqual(['mediation-keeps-local', 'digital-non-users']);
    expect(inThread[0].seeds).toEqual([2, 1]);
  });
});
