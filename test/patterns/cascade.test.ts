import { describe, expect, it } from 'vitest';
import { participationCascade } from '../../patterns/facts/participationCascade.ts';
import { variant } from '../../patterns/variant.ts';
import { REDUCED, check, explain } from './fixtures.ts';

/**
 * The cascade pattern's checks can fail, each for the reason it names (the default model passes
 * them all: defaults.test.ts). Peers carry the tipping; the ceiling comes from residents for whom
 * taking part is out of reach; the month-to-month noise of the first model version (temperature
 * 0.3 against the thresholds' spread of 0.3) drowned the peers.
 */
const checkWith = (participation: Record<string, unknown>) => check(participationCascade, variant(REDUCED, { years: 1, overrides: { participation } }), [1]);
const outcome = (result: ReturnType<typeof check>, id: string) => result.checks.find((c) => c.id === id)!;

describe('participation cascades', () => {
  it('vanish without peer influence: no place jumps', () => {
    const result = checkWith({ weights: { peers: 0 } });
    expect(outcome(result, 'places-tip').pass, explain(result)).toBe(false);
    expect(result.measured[0].values.largestStep).toBeLessThan(0.12);
  });

  it('vanish when the monthly noise is as large as the spread of thresholds', () => {
    const result = checkWith({ temperature: 0.3 });
    expect(outcome(result, 'places-tip').pass, explain(result)).toBe(false);
  });

  it('carry tipped places to nearly everyone when nobody is out of reach', () => {
    const result = checkWith({ outOfReach: { urban: 0, rural: 0, migrant: 0 } });
    expect(outcome(result, 'high-below-ceiling').pass, explain(result)).toBe(false);
  });
});
