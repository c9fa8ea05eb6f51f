import { describe, expect, it } from 'vitest';
import { participationCascade } from '../../validation/patterns/participationCascade.ts';
import { variant } from '../../validation/variant.ts';
import { REDUCED, check, explain } from './fixtures.ts';

/**
 * The cascade check can pass: the model's threshold rule tips places when peers weigh more than
 * the decision noise and the spread of thresholds (docs/patterns.md) — here peers 1.2 and
 * temperature 0.1 instead of the defaults 0.6 and 0.3 — and, in that same regime, fails without
 * peers. (The default model fails it: defaults.test.ts.)
 */
const PEER_DRIVEN = { participation: { temperature: 0.1, weights: { peers: 1.2 } } };

describe('participation cascades', () => {
  it('tip most places where peers dominate the decision', () => {
    const result = check(participationCascade, variant(REDUCED, { years: 1, overrides: PEER_DRIVEN }), [1]);
    expect(result.pass, explain(result)).toBe(true);
  });

  it('vanish in the same regime without peer influence', () => {
    const result = check(participationCascade, variant(REDUCED, { years: 1, overrides: { participation: { temperature: 0.1, weights: { peers: 0 } } } }), [1]);
    expect(result.pass, explain(result)).toBe(false);
    expect(result.measured[0].values.largestStep).toBeLessThan(0.12);
  });
});
