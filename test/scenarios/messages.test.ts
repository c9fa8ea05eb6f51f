/** One test per schema message: path, expected, found and hint as a user reads them. */
import { describe, expect, it } from 'vitest';
import { INTERVENTION_KINDS } from '../../scenarios/schema.ts';
import { issuesOf, onlyIssue, scenario } from './helpers.ts';

describe('schema messages', () => {
  it('unknown key: names it and suggests the closest valid key', () => {
    const issue = onlyIssue(scenario({ recordevery: 'year' }));
    expect(issue.path).toBe('/recordevery');
    expect(issue.expected).toContain('recordEvery');
    expect(issue.found).toBe('the unknown key "recordevery"');
    expect(issue.hint).toContain('Did you mean "recordEvery"?');
  });

  it('unknown nested key: suggestion from the same object', () => {
    const issue = onlyIssue(scenario({ county: { townshps: 10 } }));
    expect(issue.path).toBe('/county/townshps');
    expect(issue.expected).toMatch(/known keys in \/county: residents, townships/);
    expect(issue.hint).toContain('Did you mean "townships"?');
  });

  it('key at the wrong level: says where it belongs', () => {
    const issue = onlyIssue(scenario({ residents: 1000 }));
    expect(issue.path).toBe('/residents');
    expect(issue.hint).toContain('"residents" is a key of /county: move it there.');
  });

  it('unknown key without any close match: asks to remove it', () => {
    const issue = onlyIssue(scenario({ network: { banana: 1 } }));
    expect(issue.found).toBe('the unknown key "banana"');
    expect(issue.hint).toContain('Remove "banana"');
  });

  it('wrong type: expected vs found, with the value shown', () => {
    const issue = onlyIssue(scenario({ county: { townships: 'fourteen' } }));
    expect(issue).toMatchObject({ path: '/county/townships', expected: 'an integer of at least 1', found: 'the string "fourteen"' });
    expect(issue.hint).toContain('Township-level units');
  });

  it('wrong type: a quoted number gets "remove the quotes"', () => {
    const issue = onlyIssue(scenario({ years: '10' }));
    expect(issue).toMatchObject({ path: '/years', found: 'the string "10"' });
    expect(issue.expected).toBe('a number above 0 and at most 100');
    expect(issue.hint).toBe('Remove the quotes: write 10, not "10".');
  });

  it('wrong type: a fraction where an integer is expected', () => {
    const issue = onlyIssue(scenario({ county: { villages: 170.5 } }));
    expect(issue).toMatchObject({ path: '/county/villages', expected: 'an integer of at least 0', found: 'the number 170.5' });
    expect(issue.hint).toContain('Use a whole number, e.g. 171');
  });

  it('wrong type: an object replaced by a scalar lists the keys, and nothing inside is reported', () => {
    const issue = onlyIssue(scenario({ grid: 3 }));
    expect(issue).toMatchObject({ path: '/grid', expected: 'an object { }', found: 'the number 3' });
    expect(issue.hint).toContain('workersPerGrid, visitsPerWorkerPerDay, detectProbability and reportingShare');
  });

  it('wrong type: long values are truncated', () => {
    const issue = onlyIssue(scenario({ seed: 'x'.repeat(500) }));
    expect(issue.found.length).toBeLessThan(90);
    expect(issue.found).toContain('…');
  });

  it('wrong type: the whole file is not an object', () => {
    const issue = onlyIssue([1, 2, 3]);
    expect(issue).toMatchObject({ path: '', expected: 'an object (the scenario)', found: 'a list [1, 2, 3]' });
    expect(issue.hint).toContain('{"name": "my-scenario"}');
  });

  it('out of range: shows the bound and the value', () => {
    const issue = onlyIssue(scenario({ county: { townships: 0 } }));
    expect(issue).toMatchObject({ path: '/county/townships', expected: 'an integer of at least 1', found: 'the number 0' });
    expect(issue.hint).toContain('Use a value of at least 1.');
  });

  it('out of range: a percentage where a share is expected', () => {
    const issue = onlyIssue(scenario({ county: { urbanShare: 35 } }));
    expect(issue).toMatchObject({ path: '/county/urbanShare', expected: 'a number from 0 to 1', found: 'the number 35' });
    expect(issue.hint).toContain('for 35% write 0.35');
  });

  it('out of range: exclusive bounds are worded', () => {
    const issue = onlyIssue(scenario({ population: { income: { rural: { medianToMean: 0 } } } }));
    expect(issue).toMatchObject({ path: '/population/income/rural/medianToMean', expected: 'a number above 0 and at most 1', found: 'the number 0' });
    const over = onlyIssue(scenario({ population: { income: { rural: { medianToMean: 1.2 } } } }));
    expect(over.expected).toBe('a number above 0 and at most 1');
  });

  it('bad enum: lists the allowed values and suggests the closest', () => {
    const issue = onlyIssue(scenario({ recordEvery: 'Quarter' }));
    expect(issue).toMatchObject({ path: '/recordEvery', expected: 'one of "month", "quarter" and "year"', found: 'the string "Quarter"' });
    expect(issue.hint).toContain('Did you mean "quarter"?');
  });

  it('bad enum of another type: one issue, no separate type complaint', () => {
    const issue = onlyIssue(scenario({ recordEvery: 12 }));
    expect(issue).toMatchObject({ path: '/recordEvery', found: 'the number 12' });
    expect(issue.hint).toBe('Use one of the listed values (case-sensitive).');
  });

  it('missing name: says how to add it', () => {
    const issue = onlyIssue({ years: 3 });
    expect(issue).toMatchObject({ path: '/name', expected: 'the required field "name"', found: 'nothing (the field is missing)' });
    expect(issue.hint).toContain('"name": "my-scenario"');
  });

  it('bad name: suggests a valid one', () => {
    const issue = onlyIssue({ name: 'my county!' });
    expect(issue.path).toBe('/name');
    expect(issue.hint).toBe('For example "my-county".');
  });

  it('unknown intervention kind: lists the valid kinds and suggests the closest', () => {
    const issue = onlyIssue(scenario({ interventions: [{ kind: 'digitalRolout', params: { coverage: 5, nonsense: true } }] }));
    expect(issue.path).toBe('/interventions/0/kind');
    expect(issue.found).toBe('the string "digitalRolout"');
    for (const kind of INTERVENTION_KINDS) expect(issue.expected).toContain(kind);
    expect(issue.hint).toContain('Did you mean "digitalRollout"?');
    expect(issue.hint).toContain('Valid kinds: cadreExchange, partnerMechanism');
  });

  it('missing intervention kind: lists the kinds', () => {
    const issue = onlyIssue(scenario({ interventions: [{ start: 1 }] }));
    expect(issue).toMatchObject({ path: '/interventions/0/kind', expected: 'the required field "kind"' });
    expect(issue.hint).toContain('"evaluationReform"');
  });

  it('bad intervention param: unknown name with suggestion', () => {
    const issue = onlyIssue(scenario({ interventions: [{ kind: 'gridManagement', params: { workersPerGird: 3 } }] }));
    expect(issue).toMatchObject({
      path: '/interventions/0/params/workersPerGird',
      expected: 'a parameter of gridManagement: workersPerGrid, visitsPerWorkerPerDay and reportingShare',
      found: 'the unknown parameter "workersPerGird"',
    });
    expect(issue.hint).toContain('Did you mean "workersPerGrid"?');
  });

  it('bad intervention param: a parameter of another kind names that kind', () => {
    const issue = onlyIssue(scenario({ interventions: [{ kind: 'dataSharing', params: { mediatorsPerPlace: 3 } }] }));
    expect(issue.path).toBe('/interventions/0/params/mediatorsPerPlace');
    expect(issue.hint).toContain('"mediatorsPerPlace" is a parameter of fengqiaoMediation, not of dataSharing');
  });

  it('bad intervention param: out of range and wrong type, one issue each', () => {
    const range = onlyIssue(scenario({ interventions: [{ kind: 'cadreExchange', params: { sharePerYear: 0.8 } }] }));
    expect(range).toMatchObject({ path: '/interventions/0/params/sharePerYear', expected: 'a number from 0 to 0.5', found: 'the number 0.8' });
    expect(range.hint).toContain('Share of township cadres swapped');
    const type = onlyIssue(scenario({ interventions: [{ kind: 'digitalRollout', params: { elderlyFriendly: 'true' } }] }));
    expect(type).toMatchObject({ path: '/interventions/0/params/elderlyFriendly', expected: 'true or false', found: 'the string "true"' });
    expect(type.hint).toBe('Remove the quotes: write true, not "true".');
    const params = onlyIssue(scenario({ interventions: [{ kind: 'digitalRollout', params: [] }] }));
    expect(params).toMatchObject({ path: '/interventions/0/params', found: 'an empty list []' });
  });

  it('bad target: empty list, duplicates, unknown zone', () => {
    const issues = issuesOf(scenario({ interventions: [{ kind: 'dataSharing', target: { zones: [], townships: [2, 2], ageGroups: ['60-'] } }] }));
    expect(issues.map((i) => i.path)).toEqual([
      '/interventions/0/target/zones', '/interventions/0/target/townships', '/interventions/0/target/ageGroups/0',
    ]);
    expect(issues[0]!.hint).toContain('Leave the field out to mean "everyone"');
    expect(issues[1]).toMatchObject({ expected: 'a list without repeated values', found: 'items 0 and 1 are both 2' });
    expect(issues[2]!.hint).toContain('Did you mean "60+"?');
  });

  it('bad metric: name pattern and missing expression', () => {
    const issues = issuesOf(scenario({ metrics: [{ name: 'Rural Gap' }] }));
    expect(issues.map((i) => i.path)).toEqual(['/metrics/0/expression', '/metrics/0/name']);
    expect(issues[1]!.hint).toBe('For example "rural_gap".');
  });

  it('reports all problems at once: three mistakes give three issues', () => {
    const issues = issuesOf(scenario({ yeers: 5, county: { urbanShare: 1.5 }, interventions: [{ kind: 'partner' }] }));
    expect(issues.map((i) => i.path)).toEqual(['/yeers', '/county/urbanShare', '/interventions/0/kind']);
  });

  it('every issue is complete', () => {
    const issues = issuesOf({ name: 5, seed: -1, labels: { zh: '' }, county: { residents: 99.5 }, interventions: 'none', metrics: [{}] });
    expect(issues.length).toBeGreaterThanOrEqual(6);
    for (const issue of issues) {
      expect(issue.path).toMatch(/^(\/.*)?$/);
      for (const text of [issue.expected, issue.found, issue.hint]) expect(text.trim().length).toBeGreaterThan(0);
    }
  });
});
