/** Sweep designs: grid order and size, Latin hypercube properties, values by path. */
import { describe, expect, it } from 'vitest';
import { gridPoints, latinHypercubePoints, sweepPoints, sweepSize, valuesByPath } from '../../../experiments/design/sweep.ts';
import type { Experiment, RangeParameter } from '../../../experiments/design/types.ts';
import { experiment, parse } from './helpers.ts';

const range = (fields: Partial<RangeParameter> = {}): RangeParameter =>
  ({ name: 'x', path: '/x', min: 0, max: 1, scale: 'linear', integer: false, ...fields });

/** Which of `n` equal strata of [lo, hi) holds each value. */
const strata = (values: number[], lo: number, hi: number, n: number): number[] =>
  values.map((v) => Math.floor(((v - lo) / (hi - lo)) * n)).sort((a, b) => a - b);

describe('no sweep', () => {
  it('is one point without values', () => {
    expect(sweepPoints({ seed: 1, sweep: null })).toEqual([{ index: 0, values: {} }]);
    expect(parse(experiment()).points).toEqual([{ index: 0, values: {} }]);
    expect(sweepSize(null)).toBe(1);
  });
});

describe('grid', () => {
  const parameters = [
    { name: 'a', path: '/a', values: [1, 2] },
    { name: 'b', path: '/b', values: ['x', 'y', 'z'] },
    { name: 'c', path: '/c', values: [true, false] },
  ];

  it('is the cartesian product, first parameter slowest', () => {
    const points = gridPoints(parameters);
    expect(points).toHaveLength(12);
    expect(sweepSize({ kind: 'grid', parameters })).toBe(12);
    expect(points.map((p) => p.index)).toEqual([...Array(12).keys()]);
    expect(points.slice(0, 4).map((p) => p.values)).toEqual([
      { a: 1, b: 'x', c: true },
      { a: 1, b: 'x', c: false },
      { a: 1, b: 'y', c: true },
      { a: 1, b: 'y', c: false },
    ]);
    expect(points[6]!.values).toEqual({ a: 2, b: 'x', c: true });
    expect(points[11]!.values).toEqual({ a: 2, b: 'z', c: false });
    expect(new Set(points.map((p) => JSON.stringify(p.values))).size).toBe(12);
    expect(Object.keys(points[0]!.values)).toEqual(['a', 'b', 'c']);
  });

  it('loaded from a file, in the same order', () => {
    const loaded = parse(experiment({ sweep: { grid: [
      { name: 'threshold', path: '/digital/skillThreshold', values: [0.2, 0.3, 0.4] },
      { name: 'temperature', path: '/participation/temperature', values: [0.1, 0.5] },
    ] } }));
    expect(loaded.points.map((p) => [p.values.threshold, p.values.temperature])).toEqual([[0.2, 0.1], [0.2, 0.5], [0.3, 0.1], [0.3, 0.5], [0.4, 0.1], [0.4, 0.5]]);
    expect(valuesByPath(loaded.experiment, loaded.points[3]!)).toEqual({ '/digital/skillThreshold': 0.3, '/participation/temperature': 0.5 });
    expect(Object.isFrozen(loaded.points[0]!.values)).toBe(true);
  });
});

describe('Latin hypercube', () => {
  it('hits each stratum exactly once per parameter, within range', () => {
    const n = 50;
    const points = latinHypercubePoints(7, n, [range({ name: 'a', min: 2, max: 5 }), range({ name: 'b', min: -1, max: 1 })]);
    expect(points).toHaveLength(n);
    expect(points.map((p) => p.index)).toEqual([...Array(n).keys()]);
    for (const [name, lo, hi] of [['a', 2, 5], ['b', -1, 1]] as const) {
      const values = points.map((p) => p.values[name] as number);
      for (const v of values) expect(v >= lo && v < hi).toBe(true);
      expect(strata(values, lo, hi, n)).toEqual([...Array(n).keys()]);
    }
  });

  it('permutes the strata independently per parameter', () => {
    const points = latinHypercubePoints(7, 40, [range({ name: 'a' }), range({ name: 'b' })]);
    const order = (name: string) => points.map((p) => Math.floor((p.values[name] as number) * 40));
    expect(order('a')).not.toEqual(order('b'));
  });

  it('log scale: one sample per stratum of log space', () => {
    const n = 30;
    const points = latinHypercubePoints(3, n, [range({ min: 0.01, max: 100, scale: 'log' })]);
    const values = points.map((p) => p.values.x as number);
    for (const v of values) expect(v >= 0.01 && v <= 100).toBe(true);
    expect(strata(values.map(Math.log), Math.log(0.01), Math.log(100), n)).toEqual([...Array(n).keys()]);
    expect(values.filter((v) => v < 1).length).toBe(n / 2);
  });

  it('integers: whole numbers from min to max, each equally often', () => {
    const points = latinHypercubePoints(11, 21, [range({ min: 10, max: 30, integer: true })]);
    const values = points.map((p) => p.values.x as number).sort((a, b) => a - b);
    expect(values).toEqual(Array.from({ length: 21 }, (_, i) => 10 + i));
    const log = latinHypercubePoints(11, 200, [range({ min: 1, max: 1000, integer: true, scale: 'log' })]).map((p) => p.values.x as number);
    for (const v of log) expect(Number.isInteger(v) && v >= 1 && v <= 1000).toBe(true);
  });

  it('is deterministic, and another seed gives another design', () => {
    const parameters = [range({ name: 'a' }), range({ name: 'b', min: 1, max: 10, scale: 'log' })];
    const sweep = { kind: 'latinHypercube', samples: 25, parameters } as const;
    const first = sweepPoints({ seed: 42, sweep } as Pick<Experiment, 'seed' | 'sweep'>);
    expect(sweepPoints({ seed: 42, sweep } as Pick<Experiment, 'seed' | 'sweep'>)).toEqual(first);
    expect(sweepPoints({ seed: 43, sweep } as Pick<Experiment, 'seed' | 'sweep'>)).not.toEqual(first);
    expect(sweepSize(sweep)).toBe(25);
  });

  it('from a file: drawn from the experiment seed', () => {
    const file = (seed: number) => experiment({ seed, sweep: { latinHypercube: { samples: 8, parameters: [
      { name: 'threshold', path: '/digital/skillThreshold', min: 0.1, max: 0.6 },
      { name: 'mediators', path: '/committees/mediatorsPerPlace', min: 0, max: 7, integer: true },
    ] } } });
    const a = parse(file(5)).points;
    expect(parse(file(5)).points).toEqual(a);
    expect(parse(file(6)).points).not.toEqual(a);
    expect(a.map((p) => p.values.mediators).sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});
