import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../scenarios/loader.ts';
import { INTERVENTION_KINDS } from '../../scenarios/schema.ts';
import { DEFAULTS } from './fixtures/defaults.ts';
import { scenario, thaw } from './helpers.ts';

/** Whether every object and array in the tree is frozen. */
function isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

describe('default filling', () => {
  it('fills every field of types.ts with the defaults when given only name and labels', () => {
    const result = parseScenario({ name: DEFAULTS.name, labels: DEFAULTS.labels });
    expect(result).toEqual(DEFAULTS);
  });

  it('defaults labels to the name, each language separately', () => {
    expect(parseScenario({ name: 'x' }).labels).toEqual({ zh: 'x', en: 'x' });
    expect(parseScenario({ name: 'x', labels: { zh: '县' } }).labels).toEqual({ zh: '县', en: 'x' });
    expect(parseScenario({ name: 'x' })).toEqual({ ...DEFAULTS, name: 'x', labels: { zh: 'x', en: 'x' } });
  });

  it('fills nested objects key by key', () => {
    const result = parseScenario(scenario({ county: { residents: 60000, householdSize: { rural: 3.5 } } }));
    expect(result.county).toEqual({ ...DEFAULTS.county, residents: 60000, householdSize: { ...DEFAULTS.county.householdSize, rural: 3.5 } });
    expect(result.network).toEqual(DEFAULTS.network);
  });

  it('accepts and drops $schema and description', () => {
    const result = parseScenario(scenario({ $schema: './scenario.schema.json', description: 'notes' }));
    expect(result).not.toHaveProperty('$schema');
    expect(result).not.toHaveProperty('description');
  });

  it('returns a deep-frozen object', () => {
    const result = parseScenario(scenario({
      interventions: [{ kind: 'gridManagement', target: { zones: ['rural'] } }],
      metrics: [{ name: 'gap', expression: 'participation_urban - participation_rural', label: { zh: '差距', en: 'Gap' } }],
    }));
    expect(isDeepFrozen(result)).toBe(true);
    expect(() => {
      (result.county as { residents: number }).residents = 1;
    }).toThrow(TypeError);
  });

  it('does not modify its input', () => {
    const input = scenario({ county: { residents: 60000 }, interventions: [{ kind: 'dataSharing' }] });
    const before = JSON.stringify(input);
    parseScenario(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('fills start and params of every intervention kind, and leaves cost to be computed from use', () => {
    const result = parseScenario(scenario({ interventions: INTERVENTION_KINDS.map((kind) => ({ kind })) }));
    expect(result.interventions.map((i) => i.kind)).toEqual(INTERVENTION_KINDS);
    for (const intervention of result.interventions) {
      expect(intervention.start).toBe(0);
      expect(intervention).not.toHaveProperty('cost');
      expect(intervention).not.toHaveProperty('end');
      expect(intervention).not.toHaveProperty('target');
      expect(Object.keys(intervention.params).length).toBeGreaterThan(0);
    }
    expect(result.interventions.find((i) => i.kind === 'digitalRollout')!.params).toEqual({
      coverage: 0.99, trainingReachPerYear: 0, trainingSkillGain: 0.2, elderlyFriendly: false, thresholdReduction: 0.15, sharedPlatform: false,
      offlineShift: 0, walkInLoss: 0.5, yuanPerHouseholdConnected: 1000, yuanPerPlatformTownshipYear: 100000, yuanPerTrainee: 100, yuanPerRedesignedTownship: 50000,
    });
    expect(result.interventions.find((i) => i.kind === 'socialMobilisation')!.params).toEqual({
      organisationCapacityFactor: 1.5, contractedShare: 0.6, firmWillingnessBoost: 0.15, yuanPerContractedCase: 80, yuanPerFirmYear: 3000,
    });
  });

  it('keeps given params and fills the rest', () => {
    const result = parseScenario(scenario({ interventions: [{ kind: 'fengqiaoMediation', start: 1, end: 4, params: { mediatorsPerPlace: 5 }, cost: { fixed: 10 } }] }));
    expect(result.interventions[0]).toEqual({
      kind: 'fengqiaoMediation', start: 1, end: 4, cost: { fixed: 10, perYear: 0 },
      params: { mediatorsPerPlace: 5, mediationAcceptance: 0.8, mediationSuccess: 0.96, escalationReduction: 0.5 },
    });
  });

  it('is idempotent: a parsed scenario parses to itself', () => {
    const once = parseScenario(scenario({ interventions: [{ kind: 'cadreExchange', label: { zh: '交流', en: 'Exchange' } }] }));
    expect(parseScenario(thaw(once))).toEqual(once);
  });
});
