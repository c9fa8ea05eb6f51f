/**
 * Property-based tests: whatever JSON comes in, parseScenario returns a frozen scenario or throws
 * a ScenarioError whose issues are all complete; it never throws anything else.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScenarioError, type InputIssue } from '../../base/errors.ts';
import { parseScenario } from '../../scenarios/loader.ts';
import { INTERVENTION_KINDS } from '../../scenarios/schema.ts';
import { mutate, pointers, type Json, type Mutation } from '../jsonMutation.ts';
import { DEFAULTS } from './fixtures/defaults.ts';
import { thaw } from './helpers.ts';


/** The defaults plus some interventions and metrics, so that mutations reach them too. */
const BASE: Json = thaw({
  ...DEFAULTS,
  name: 'fuzz',
  interventions: [
    { kind: 'digitalRollout', start: 1, end: 4, target: { zones: ['rural'], ageGroups: ['60+'] }, params: { elderlyFriendly: true }, cost: { fixed: 1000, perYear: 10 } },
    { kind: 'gridManagement', target: { townships: [0, 1], places: [3] }, params: { workersPerGrid: 3 }, label: { zh: '网格', en: 'Grid' } },
  ],
  metrics: [{ name: 'gap', expression: 'participation_urban - participation_rural', label: { zh: '差距', en: 'Gap' } }],
}) as unknown as Json;

/** Every JSON pointer in a value (the root is ''). */
const BASE_POINTERS = pointers(BASE);

/** Checks the contract: a frozen result, or a ScenarioError with complete issues. */
function checkContract(input: unknown): void {
  let result: unknown;
  try {
    result = parseScenario(input, 'fuzz.json');
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) checkIssue(issue);
    const keys = error.issues.map((i) => `${i.path}\n${i.expected}\n${i.found}`);
    expect(new Set(keys).size, 'duplicate issues').toBe(keys.length);
    expect(error.format().length).toBeGreaterThan(0);
    return;
  }
  expect(Object.isFrozen(result)).toBe(true);
  // compared as text: cheap, and a failure prints a short diff
  expect(JSON.stringify(parseScenario(thaw(result)))).toBe(JSON.stringify(result));
}

function checkIssue(issue: InputIssue): void {
  expect(typeof issue.path).toBe('string');
  expect(issue.path === '' || issue.path.startsWith('/'), `path ${JSON.stringify(issue.path)}`).toBe(true);
  for (const field of ['expected', 'found', 'hint'] as const) {
    expect(typeof issue[field]).toBe('string');
    expect(issue[field].trim().length, `${field} of ${issue.path}`).toBeGreaterThan(0);
  }
}


const numberish = fc.oneof(fc.integer({ min: -10, max: 1_000_000 }), fc.double({ min: -2, max: 200, noNaN: true }));
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.constantFrom(...BASE_POINTERS) }),
  fc.record({ op: fc.constant('replace' as const), at: fc.constantFrom(...BASE_POINTERS), value: fc.oneof(fc.jsonValue() as fc.Arbitrary<Json>, numberish) }),
  fc.record({
    op: fc.constant('add' as const),
    at: fc.constantFrom(...BASE_POINTERS),
    key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', 'kind', 'name', 'townships', 'end', '~/')),
    value: fc.jsonValue() as fc.Arbitrary<Json>,
  }),
);


describe('fuzzing parseScenario', () => {
  it('random JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), checkContract), { numRuns: 400 });
  });

  it('random JSON inside a named scenario', () => {
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (fields) => checkContract({ ...fields, name: 'x' })), { numRuns: 300 });
  });

  it('mutations of the defaults: deleted keys, replaced values, unknown keys', () => {
    fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => checkContract(mutate(BASE, mutations))), { numRuns: 1500 });
  });

  it('random interventions of every kind', () => {
    const intervention = fc.record({
      kind: fc.oneof(fc.constantFrom(...INTERVENTION_KINDS), fc.string()),
      start: fc.oneof(numberish, fc.jsonValue()),
      end: fc.oneof(numberish, fc.jsonValue()),
      params: fc.oneof(fc.dictionary(fc.string(), fc.jsonValue()), fc.jsonValue()),
      target: fc.oneof(fc.record({ townships: fc.array(fc.integer({ min: -1, max: 20 })), places: fc.array(fc.jsonValue()) }, { requiredKeys: [] }), fc.jsonValue()),
    }, { requiredKeys: [] });
    fc.assert(fc.property(fc.array(intervention, { maxLength: 4 }), (interventions) => checkContract({ name: 'x', interventions })), { numRuns: 500 });
  });

  it('non-JSON values from code are reported, not thrown raw', () => {
    const cyclic: Record<string, unknown> = { name: 'x' };
    cyclic.self = cyclic;
    for (const input of [{ name: 'x', years: NaN }, { name: 'x', seed: () => 1 }, { name: 'x', county: new Date(0) }, cyclic, { name: 'x', years: 10n }, Symbol('s'), undefined]) {
      expect(() => parseScenario(input)).toThrow(ScenarioError);
    }
    expect(parseScenario({ name: 'x', years: undefined }).years).toBe(5);
  });
});
