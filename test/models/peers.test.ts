import { describe, expect, it } from 'vitest';
import { LARGE, SMALL } from '../../engine/models/schelling/params.ts';
import { runAgentscript } from '../../bench/peers/agentscript.ts';
import { runFlocc } from '../../bench/peers/flocc.ts';

/** The peer implementations of `npm run bench:peers` follow the same declaration as the engine's model. */
describe('Schelling with the peer frameworks (benchmark implementations)', () => {
  for (const [framework, run] of [
    ['agentscript', runAgentscript],
    ['flocc', runFlocc],
  ] as const) {
    for (const [size, params] of [
      ['small', SMALL],
      ['large', LARGE],
    ] as const) {
      it(`${framework}, ${size}: every agent placed, one per cell, two equal groups, share happy >= 0.99, seeded`, () => {
        const a = run(params, 5);
        const cells = [...a.grid];
        expect(cells.filter((v) => v === 1).length).toBe(params.agents / 2);
        expect(cells.filter((v) => v === 2).length).toBe(params.agents / 2);
        expect(a.happy).toBeGreaterThanOrEqual(0.99);
        expect(Buffer.from(run(params, 5).grid).equals(Buffer.from(a.grid))).toBe(true);
        expect(Buffer.from(run(params, 6).grid).equals(Buffer.from(a.grid))).toBe(false);
      });

      it(`${framework}, ${size}: leaves Math.random as it found it`, () => {
        const original = Math.random;
        run(params, 1);
        expect(Math.random).toBe(original);
      });
    }
  }
});
