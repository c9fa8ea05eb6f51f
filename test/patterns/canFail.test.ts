import { describe, expect, it } from 'vitest';
import { judgePattern, type Measured, type Pattern } from '../../patterns/pattern.ts';
import { digitalNonUsers } from '../../patterns/facts/digitalNonUsers.ts';
import { incomeUnderReporting } from '../../patterns/facts/incomeUnderReporting.ts';
import { measureMediation, mediation } from '../../patterns/facts/mediation.ts';
import { measurePartnerEffect, partnerResponse } from '../../patterns/facts/partnerResponse.ts';
import { trustVolume } from '../../patterns/facts/trustVolume.ts';
import { variant } from '../../patterns/variant.ts';
import { testScenario } from '../fixtures.ts';
import { REDUCED, check, explain } from './fixtures.ts';

/**
 * The checks are not vacuous: with the mechanism that produces a pattern switched off, the
 * pattern's check fails. One seed each (the default passes on it, see defaults.test.ts).
 */
const SEED = [1];

/** The reduced county with some parameters changed. */
const without = (overrides: Record<string, unknown>) => variant(REDUCED, { years: 1, overrides });

/** The outcome of each check of a pattern judged on one seed's measurement. */
function outcomes(pattern: Pattern, values: Measured): Record<string, boolean> {
  const result = judgePattern(pattern, [{ seed: SEED[0], values }]);
  return Object.fromEntries(result.checks.map((c) => [c.id, c.pass]));
}

describe('each pattern fails without the mechanism that produces it', () => {
  it('digital non-users: no concentration when devices and coverage do not depend on zone or age', () => {
    const same = { '0-17': 0.8, '18-39': 0.8, '40-59': 0.8, '60+': 0.8 };
    const result = check(digitalNonUsers, without({ digital: { deviceShare: { urban: same, rural: same, migrant: same }, coverage: { urban: 0.99, rural: 0.99 } } }), SEED);
    expect(result.checks.find((c) => c.id === 'rural-over-represented')!.pass, explain(result)).toBe(false);
    expect(result.checks.find((c) => c.id === 'elderly-over-represented')!.pass, explain(result)).toBe(false);
  });

  it('income under-reporting: no gradient when reporting depends on neither income, education nor distance and nobody reports online', () => {
    const result = check(incomeUnderReporting, without({ reporting: { propensity: { logIncome: 0, education: 0 }, distanceCostPerKm: 0, onlineWeight: 0 } }), SEED);
    expect(result.checks.find((c) => c.id === 'bottom-quintile-under-reports')!.pass, explain(result)).toBe(false);
    expect(result.checks.find((c) => c.id === 'within-zone')!.pass, explain(result)).toBe(false);
  });

  it('partner response: no shorter response when partners neither detect nor add capacity', () => {
    const idle = { kind: 'partnerMechanism', start: 0, params: { detectionPerPartner: 0, capacityPerPartner: 0, firmWillingnessBoost: 0 } };
    const pass = outcomes(partnerResponse, measurePartnerEffect(REDUCED, SEED[0], idle));
    expect(pass['shorter-time-to-response']).toBe(false);
  });

  it('mediation: the model before the consent step (every dispute mediated, success 0.55) fails the national success rate', () => {
    const pass = outcomes(mediation, measureMediation(REDUCED, SEED[0], { committees: { mediationAcceptance: 1, mediationSuccess: 0.55 } }));
    expect(pass['mediation-success']).toBe(false);
    expect(pass['disputes-not-escalating']).toBe(true);
  });

  it('trust and volume: volume does not rise when trust moves neither reporting nor participation', () => {
    // At the small county's full 20,000 residents: at 8,000 the paired difference in reports
    // without the mechanism varies by about ±0.2% between seeds, as large as the criterion.
    const full = variant(testScenario(), { years: 1, overrides: { reporting: { propensity: { trust: 0 } }, participation: { weights: { trust: 0 } } } });
    const result = check(trustVolume, full, SEED);
    const pass = Object.fromEntries(result.checks.map((c) => [c.id, c.pass]));
    expect(pass, explain(result)).toEqual({ 'resolution-rises': true, 'trust-rises': true, 'volume-rises': false });
  });
});
