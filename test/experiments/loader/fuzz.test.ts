/**
 * Property-based tests: whatever JSON comes in, parseExperiment returns a frozen experiment or
 * throws an ExperimentError or ScenarioError whose issues are all complete; nothing else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExperimentError, ScenarioError, type InputIssue } from '../../../base/errors.ts';
import { mutate, pointers, type Json, type Mutation } from '../../jsonMutation.ts';
import { FIXTURES, parse } from './helpers.ts';


/** The full fixture with a Latin hypercube arm too, so mutations reach every part. */
const FULL = JSON.parse(readFileSync(join(FIXTURES, 'full.json'), 'utf8')) as { [key: string]: Json };
const BASES: Json[] = [
  FULL,
  { ...FULL, sweep: { latinHypercube: { samples: 3, parameters: [{ name: 'threshold', path: '/digital/skillThreshold', min: 0.1, max: 0.9, scale: 'log' }, { name: 'mediators', path: '/committees/mediatorsPerPlace', min: 1, max: 4, integer: true }] } } },
];

/** Every JSON pointer in a value (the root is ''). */

function checkContract(input: unknown): void {
  let result;
  try {
    result = parse(input);
  } catch (error) {
    if (!(error instanceof ExperimentError) && !(error instanceof ScenarioError)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) checkIssue(issue);
    const keys = error.issues.map((i) => `${i.file}\n${i.path}\n${i.expected}\n${i.found}`);
    expect(new Set(keys).size, 'duplicate issues').toBe(keys.length);
    expect(error.format()).not.toMatch(/\n\s+at .*:\d+:\d+/);
    return;
  }
  expect(Object.isFrozen(result) && Object.isFrozen(result.experiment) && Object.isFrozen(result.points)).toBe(true);
  expect(result.points.length).toBeGreaterThan(0);
}

function checkIssue(issue: InputIssue): void {
  expect(issue.path === '' || issue.path.startsWith('/'), `path ${JSON.stringify(issue.path)}`).toBe(true);
  for (const field of ['expected', 'found', 'hint'] as const) {
    expect(typeof issue[field]).toBe('string');
    expect(issue[field].trim().length, `${field} of ${issue.path}`).toBeGreaterThan(0);
  }
}


const numberish = fc.oneof(fc.integer({ min: -10, max: 1_000_000 }), fc.double({ min: -2, max: 200, noNaN: true }));
const pointerish = fc.oneof(fc.string(), fc.constantFrom('/digital/skillThreshold', '/interventions/0/params/workersPerGrid', '/interventions/9', '/county', '/years', '/', '~1', '/digital/coverage/rural'));
const valueOf = fc.oneof(fc.jsonValue() as fc.Arbitrary<Json>, numberish, pointerish);
const mutation = (base: Json): fc.Arbitrary<Mutation> => {
  const at = fc.constantFrom(...pointers(base));
  return fc.oneof(
    fc.record({ op: fc.constant('delete' as const), at }),
    fc.record({ op: fc.constant('replace' as const), at, value: valueOf }),
    fc.record({ op: fc.constant('add' as const), at, key: fc.oneof(fc.string(), pointerish, fc.constantFrom('__proto__', 'constructor', 'name', 'grid', 'latinHypercube', 'overrides')), value: valueOf }),
  );
};


describe('fuzzing parseExperiment', () => {
  it('random JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), checkContract), { numRuns: 200 });
  });

  it('random JSON inside an experiment with a valid base scenario', () => {
    const fields = fc.dictionary(fc.constantFrom('name', 'labels', 'years', 'recordEvery', 'replications', 'seed', 'baseline', 'arms', 'sweep', 'outcomes', 'extra'), fc.jsonValue());
    fc.assert(fc.property(fields, (f) => checkContract({ name: 'x', arms: [{ name: 'a' }], ...f, scenario: 'base.json' })), { numRuns: 200 });
  });

  it('mutations of valid experiments: deleted keys, replaced values, unknown keys and pointers', () => {
    for (const base of BASES) {
      fc.assert(fc.property(fc.array(mutation(base), { minLength: 1, maxLength: 5 }), (mutations) => checkContract(mutate(base, mutations))), { numRuns: 250 });
    }
  });
});
