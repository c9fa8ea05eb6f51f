/** Scenario composition, and its problems reported at the experiment file's paths. */
import { describe, expect, it } from 'vitest';
import { composeScenario, tryComposeScenario } from '../../../experiments/design/compose.ts';
import { ExperimentError } from '../../../base/errors.ts';
import { BASE, experiment, issuesOf, onlyIssue, parse, thaw } from './helpers.ts';

describe('composeScenario', () => {
  const loaded = parse(experiment({
    years: 2,
    recordEvery: 'month',
    arms: [
      { name: 'baseline' },
      {
        name: 'digital',
        interventions: [{ kind: 'digitalRollout', start: 1, params: { elderlyFriendly: true } }],
        overrides: { '/digital/skillThreshold': 0.3, '/interventions/1/params/coverage': 0.9, '/county/distanceKm': { urban: 1, rural: 4 } },
      },
    ],
    sweep: { grid: [{ name: 'temperature', path: '/participation/temperature', values: [0.1, 0.2] }] },
  }));
  const { experiment: exp, baseScenario, points } = loaded;
  const before = JSON.stringify(baseScenario);
  const digital = composeScenario(baseScenario, exp, exp.arms[1]!, points[1]!);

  it('sets years and recordEvery from the experiment', () => {
    expect(BASE.years).toBe(3);
    expect(digital).toMatchObject({ years: 2, recordEvery: 'month' });
  });

  it("appends the arm's interventions to the base scenario's, with their defaults", () => {
    expect(digital.interventions.map((i) => i.kind)).toEqual(['gridManagement', 'digitalRollout']);
    expect(digital.interventions[1]).toMatchObject({ start: 1, params: { elderlyFriendly: true, coverage: 0.9, thresholdReduction: 0.15 } });
  });

  it('applies the overrides, including whole objects and appended interventions', () => {
    expect(digital.digital.skillThreshold).toBe(0.3);
    expect(digital.county.distanceKm).toEqual({ urban: 1, rural: 4 });
  });

  it("applies the point's values by path", () => {
    expect(digital.participation.temperature).toBe(0.2);
    const baseline = composeScenario(baseScenario, exp, exp.arms[0]!, points[0]!);
    expect(baseline.participation.temperature).toBe(0.1);
    expect(baseline.interventions).toHaveLength(1);
    expect(baseline.digital.skillThreshold).toBe(BASE.digital.skillThreshold);
  });

  it('leaves the base scenario untouched and returns a frozen, re-loadable scenario', () => {
    expect(JSON.stringify(baseScenario)).toBe(before);
    expect(Object.isFrozen(digital) && Object.isFrozen(digital.interventions[1]!.params)).toBe(true);
    expect(thaw(composeScenario(baseScenario, exp, exp.arms[1]!, points[1]!))).toEqual(thaw(digital));
  });

  it('finds the arm by name (a structured clone from a worker works)', () => {
    expect(thaw(composeScenario(structuredClone(baseScenario), structuredClone(exp), structuredClone(exp.arms[1]!), structuredClone(points[1]!)))).toEqual(thaw(digital));
    expect(() => composeScenario(baseScenario, exp, { ...exp.arms[0]!, name: 'other' }, points[0]!)).toThrow('"other" is not an arm');
  });

  it('throws an ExperimentError at experiment paths when the result is invalid', () => {
    const bad = { ...exp, arms: [{ ...exp.arms[0]!, overrides: { '/digital/skillThreshold': 3 } }] };
    expect(() => composeScenario(baseScenario, bad, bad.arms[0]!, points[0]!, { experiment: 'e.json' })).toThrow(ExperimentError);
    const result = tryComposeScenario(baseScenario, bad, bad.arms[0]!, points[0]!);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toEqual(['/arms/0/overrides/~1digital~1skillThreshold']);
  });
});

describe('problems of composed scenarios, at experiment paths', () => {
  it('a bad arm intervention: at /arms/<i>/interventions/<k>, counted after the base ones', () => {
    const issue = onlyIssue(experiment({ arms: [{ name: 'a' }, { name: 'b', interventions: [{ kind: 'dataSharing' }, { kind: 'gridManagement', start: 4 }] }] }));
    expect(issue).toMatchObject({ path: '/arms/1/interventions/1/start', expected: 'a start before the horizon (years is 3)', found: 'the number 4' });
    expect(issue.file).toBeUndefined();
    const target = onlyIssue(experiment({ arms: [{ name: 'a', interventions: [{ kind: 'dataSharing', target: { townships: [9] } }] }] }));
    expect(target).toMatchObject({ path: '/arms/0/interventions/0/target/townships/0', expected: 'an index from 0 to 3' });
  });

  it('a bad override value: at the override, with the scenario\'s wording', () => {
    const issue = onlyIssue(experiment({ arms: [{ name: 'a', overrides: { '/county/urbanShare': 35 } }] }));
    expect(issue).toMatchObject({ path: '/arms/0/overrides/~1county~1urbanShare', expected: 'a number from 0 to 1', found: 'the number 35' });
    expect(issue.hint).toContain('for 35% write 0.35');
  });

  it('a problem inside an overridden object: at its place inside the override', () => {
    const issue = onlyIssue(experiment({ arms: [{ name: 'a', overrides: { '/county/distanceKm': { urban: 1, rurl: 3 } } }] }));
    expect(issue).toMatchObject({ path: '/arms/0/overrides/~1county~1distanceKm/rurl', found: 'the unknown key "rurl"' });
    expect(issue.hint).toContain('Did you mean "rural"?');
  });

  it('a check on an object holding an overridden value: at the override, naming the check', () => {
    const issue = onlyIssue(experiment({ arms: [{ name: 'a', overrides: { '/population/ageShares/rural/60+': 0.5 } }] }));
    expect(issue).toMatchObject({ path: '/arms/0/overrides/~1population~1ageShares~1rural~160+', expected: 'rural ageShares that sum to 1 (within 0.000001)' });
    expect(issue.hint).toContain('The check is on /population/ageShares/rural of the scenario');
    expect(issue.hint).toContain('arm "a" overrides it');
  });

  it('an override whose parent does not exist: says so, with the closest key', () => {
    const issue = onlyIssue(experiment({ arms: [{ name: 'a', overrides: { '/digitl/coverage/rural': 0.9 } }] }));
    expect(issue).toMatchObject({
      path: '/arms/0/overrides/~1digitl~1coverage~1rural',
      expected: 'a JSON pointer to a value in the scenario (its parent must exist)',
      found: '"/digitl/coverage/rural": the scenario has no "digitl" at the top level',
      hint: 'Did you mean "/digital/coverage/rural"? Keys are case-sensitive.',
    });
    const far = onlyIssue(experiment({ arms: [{ name: 'a', overrides: { '/digital/zzz/rural': 0.9 } }] }));
    expect(far.found).toBe('"/digital/zzz/rural": the scenario has no "zzz" in /digital');
    expect(far.hint).toMatch(/^Keys of \/digital: deviceShare, coverage, /);
  });

  it('an override of a key that does not exist: the closest existing one', () => {
    const issue = onlyIssue(experiment({ arms: [{ name: 'a', overrides: { '/digital/skillTreshold': 0.3 } }] }));
    expect(issue).toMatchObject({ path: '/arms/0/overrides/~1digital~1skillTreshold', found: 'the unknown key "skillTreshold"' });
    expect(issue.hint).toBe('There is no /digital/skillTreshold in the scenario. Did you mean "/digital/skillThreshold"? Keys are case-sensitive.');
  });

  it('an override of a list item that does not exist: explains the numbering of interventions', () => {
    const issue = onlyIssue(experiment({ arms: [{ name: 'a', interventions: [{ kind: 'dataSharing' }], overrides: { '/interventions/2/start': 1 } }] }));
    expect(issue.found).toBe('"/interventions/2/start": /interventions is a list with 2 items (0 to 1), so "2" is not one of its items');
    expect(issue.hint).toContain("The list holds the base scenario's 1 intervention, then this arm's: arm intervention 0 is /interventions/1.");
  });

  it('an override through a plain value', () => {
    const issue = onlyIssue(experiment({ arms: [{ name: 'a', overrides: { '/county/residents/x/y': 1 } }] }));
    expect(issue.found).toBe('"/county/residents/x/y": /county/residents holds the number 20000, which has no "x" inside');
    expect(issue.hint).toBe('Point at /county/residents itself, or at a key of an object.');
  });

  it('a bad grid value: at that value', () => {
    const issues = issuesOf(experiment({
      arms: [{ name: 'a' }, { name: 'b' }],
      sweep: { grid: [{ name: 'threshold', path: '/digital/skillThreshold', values: [0.2, 1.5, 'high'] }] },
    }));
    expect(issues).toMatchObject([
      { path: '/sweep/grid/0/values/1', expected: 'a number from 0 to 1', found: 'the number 1.5' },
      { path: '/sweep/grid/0/values/2', expected: 'a number from 0 to 1', found: 'the string "high"' },
    ]);
  });

  it('a grid path to no parameter: once, at the path', () => {
    const issue = onlyIssue(experiment({ sweep: { grid: [{ name: 't', path: '/participation/temprature', values: [0.1, 0.2] }] } }));
    expect(issue).toMatchObject({ path: '/sweep/grid/0/path', found: 'the unknown key "temprature"' });
    expect(issue.hint).toContain('Did you mean "/participation/temperature"?');
    const parent = onlyIssue(experiment({ sweep: { grid: [{ name: 't', path: '/participaton/temperature', values: [0.1, 0.2] }] } }));
    expect(parent).toMatchObject({ path: '/sweep/grid/0/path', found: '"/participaton/temperature": the scenario has no "participaton" at the top level' });
  });

  it('a bad Latin hypercube range: once per parameter, naming the sampled value', () => {
    const issues = issuesOf(experiment({ sweep: { latinHypercube: { samples: 20, parameters: [
      { name: 'threshold', path: '/digital/skillThreshold', min: 0.5, max: 3 },
      { name: 'villages', path: '/county/villages', min: 10, max: 20 },
    ] } } }));
    expect(issues.map((i) => i.path).sort()).toEqual(['/sweep/latinHypercube/parameters/0', '/sweep/latinHypercube/parameters/1']);
    const threshold = issues.find((i) => i.path.endsWith('/0'))!;
    expect(threshold.expected).toBe('a number from 0 to 1');
    expect(threshold.hint).toMatch(/^Latin hypercube parameter "threshold" \(range 0.5 to 3\) sets it to [\d.]+ at point \d+\. Keep min and max within the valid values\./);
    const villages = issues.find((i) => i.path.endsWith('/1'))!;
    expect(villages.expected).toBe('an integer of at least 0');
    expect(villages.hint).toContain('Set "integer": true for whole numbers.');
  });

  it('a problem of the base scenario brought out by the experiment: in the base file, saying why', () => {
    const issue = onlyIssue(experiment({ years: 1 }));
    expect(issue).toMatchObject({ path: '/interventions/0/start', expected: 'a start before the horizon (years is 1)', found: 'the number 1' });
    expect(issue.file).toMatch(/fixtures\/base\.json$/);
    expect(issue.hint).toContain('This value comes from the base scenario file');
    expect(issue.hint).toContain('the experiment sets years to 1 (the scenario has 3)');
  });

  it('each distinct problem once over all arms and points', () => {
    const issues = issuesOf(experiment({
      arms: [{ name: 'a', overrides: { '/county/urbanShare': 2 } }, { name: 'b', overrides: { '/county/urbanShare': 2 } }],
      sweep: { grid: [{ name: 't', path: '/participation/temperature', values: [0.1, 0.2, 0.3] }] },
    }));
    expect(issues.map((i) => i.path)).toEqual(['/arms/0/overrides/~1county~1urbanShare', '/arms/1/overrides/~1county~1urbanShare']);
  });
});
