/**
 * Exact hypervolume in three and four objectives, against values worked out by hand (unions of
 * boxes) and against inclusion-exclusion over every subset of random points.
 */
import { describe, expect, it } from 'vitest';
import { hypervolume, hypervolume2d } from '../../experiments/search/hypervolume.ts';
import { stream } from '../../engine/core/rng.ts';

describe('hypervolume', () => {
  it('is the box of one point', () => {
    expect(hypervolume([[0.2, 0.5, 0.75]], [1, 1, 1])).toBeCloseTo(0.8 * 0.5 * 0.25, 12);
    expect(hypervolume([[0, 0, 0, 0]], [2, 1, 1, 1])).toBeCloseTo(2, 12);
  });

  it('counts the overlap of two boxes once', () => {
    // [0,1]x[0.5,1]x[0.5,1] (0.25) and [0.5,1]x[0,1]x[0,1] (0.5), overlapping in 0.125
    expect(hypervolume([[0, 0.5, 0.5], [0.5, 0, 0]], [1, 1, 1])).toBeCloseTo(0.625, 12);
  });

  it('ignores dominated points, duplicates and points outside the reference', () => {
    const front = [[0.1, 0.6, 0.3], [0.5, 0.2, 0.4], [0.3, 0.3, 0.1]];
    const base = hypervolume(front, [1, 1, 1]);
    expect(hypervolume([...front, [0.6, 0.7, 0.5], front[1], [1.2, 0, 0]], [1, 1, 1])).toBeCloseTo(base, 12);
  });

  it('agrees with the two-objective sweep in two dimensions', () => {
    const points = [[0.1, 0.9], [0.4, 0.4], [0.8, 0.1]];
    expect(hypervolume(points, [1, 1])).toBe(hypervolume2d(points, [1, 1]));
  });

  it('matches inclusion-exclusion over every subset of random points (3-D and 4-D)', () => {
    const rng = stream(7, 'test', 0);
    for (const m of [3, 4]) {
      const points = Array.from({ length: 11 }, () => Array.from({ length: m }, () => rng()));
      let union = 0;
      for (let mask = 1; mask < 1 << points.length; mask++) {
        const members = points.filter((_, i) => mask & (1 << i));
        const corner = Array.from({ length: m }, (_, k) => Math.max(...members.map((p) => p[k])));
        union += (members.length % 2 === 1 ? 1 : -1) * corner.reduce((v, c) => v * (1 - c), 1);
      }
      expect(hypervolume(points, Array(m).fill(1))).toBeCloseTo(union, 10);
    }
  });
});
