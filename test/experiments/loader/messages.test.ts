/** One test per message of the experiment file itself: path, expected, found and hint as a user reads them. */
import { describe, expect, it } from 'vitest';
import { INTERVENTION_KINDS } from '../../../scenarios/schema.ts';
import { experiment, issuesOf, onlyIssue } from './helpers.ts';

describe('schema messages', () => {
  it('unknown key: names it and suggests the closest valid key', () => {
    const issue = onlyIssue(experiment({ replicatons: 5 }));
    expect(issue.path).toBe('/replicatons');
    expect(issue.expected).toContain('one of the known keys at the top level: $schema, name');
    expect(issue.found).toBe('the unknown key "replicatons"');
    expect(issue.hint).toBe('Did you mean "replications"? Keys are case-sensitive.');
  });

  it('unknown key that belongs to an arm: says where it goes', () => {
    const issue = onlyIssue(experiment({ interventions: [] }));
    expect(issue.path).toBe('/interventions');
    expect(issue.hint).toContain('"interventions" is a key of /arms/<i>: move it there.');
  });

  it('unknown key that is a scenario parameter: points at the base scenario and overrides', () => {
    const issue = onlyIssue(experiment({ county: { residents: 1000 } }));
    expect(issue.path).toBe('/county');
    expect(issue.hint).toBe('"county" is a scenario parameter: change it in the base scenario file, or in an arm with "overrides": {"/county/…": …}.');
  });

  it('unknown key without any close match: asks to remove it', () => {
    const issue = onlyIssue(experiment({ arms: [{ name: 'baseline', banana: 1 }] }));
    expect(issue).toMatchObject({ path: '/arms/0/banana', found: 'the unknown key "banana"' });
    expect(issue.expected).toBe('one of the known keys in /arms/0: name, labels, interventions and overrides');
    expect(issue.hint).toContain('Remove "banana"');
  });

  it('missing required fields: each says how to add it', () => {
    const issues = issuesOf({});
    expect(issues.map((i) => i.path)).toEqual(['/name', '/scenario', '/arms']);
    for (const issue of issues) expect(issue.found).toBe('nothing (the field is missing)');
    expect(issues[0]!).toMatchObject({ expected: 'the required field "name"', hint: expect.stringContaining('"name": "my-experiment"') });
    expect(issues[1]!.hint).toContain('relative to the folder of this file, e.g. "../scenarios/small.json"');
    expect(issues[2]!.hint).toContain('[{"name": "baseline"}');
  });

  it('missing nested fields: arm name, grid values, outcome metric', () => {
    const issues = issuesOf(experiment({
      arms: [{ labels: { en: 'A' } }],
      sweep: { grid: [{ name: 'x', path: '/participation/temperature' }] },
      outcomes: [{ better: 'higher' }],
    }));
    expect(issues.map((i) => i.path)).toEqual(['/arms/0/name', '/sweep/grid/0/values', '/outcomes/0/metric']);
    expect(issues[0]!.hint).toContain('Give the arm a "name", e.g. "baseline"');
    expect(issues[1]!.hint).toContain('e.g. [0.1, 0.2, 0.3]');
    expect(issues[2]!.hint).toContain('built-in metric');
  });

  it('wrong type: the whole file is not an object', () => {
    const issue = onlyIssue([1, 2]);
    expect(issue).toMatchObject({ path: '', expected: 'an object (the experiment)', found: 'a list [1, 2]' });
    expect(issue.hint).toContain('"arms": [{"name": "baseline"}]');
  });

  it('wrong type: a quoted number and a fraction where integers are expected', () => {
    const quoted = onlyIssue(experiment({ replications: '10' }));
    expect(quoted).toMatchObject({ path: '/replications', expected: 'an integer from 1 to 100000', found: 'the string "10"', hint: 'Remove the quotes: write 10, not "10".' });
    const fraction = onlyIssue(experiment({ seed: 2.5 }));
    expect(fraction).toMatchObject({ path: '/seed', expected: 'an integer from 0 to 4294967295', found: 'the number 2.5' });
    expect(fraction.hint).toContain('Use a whole number, e.g. 3.');
  });

  it('wrong type: fields taking several types say which', () => {
    const issues = issuesOf(experiment({ sweep: 'grid', outcomes: [5] }));
    expect(issues[0]).toMatchObject({ path: '/sweep', expected: 'an object naming one design ({"grid": […]}, {"latinHypercube": {…}}, {"morris": {…}}, {"sobol": {…}} or {"points": {…}}), or null', found: 'the string "grid"' });
    expect(issues[0]!.hint).toContain('Leave "sweep" out for no sweep');
    expect(issues[1]).toMatchObject({ path: '/outcomes/0', expected: 'a metric name, or an object {"metric": …, "better": …}', found: 'the number 5' });
    const value = onlyIssue(experiment({ sweep: { grid: [{ name: 'x', path: '/participation/temperature', values: [0.1, [0.2]] }] } }));
    expect(value).toMatchObject({ path: '/sweep/grid/0/values/1', expected: 'a number, true or false, or a string', found: 'a list [0.2]' });
    expect(value.hint).toContain('one arm per variant with "overrides"');
  });

  it('wrong type: lists and objects with their own content', () => {
    const issues = issuesOf(experiment({ arms: { name: 'baseline' }, outcomes: 'participation' }));
    expect(issues[0]).toMatchObject({ path: '/arms', expected: 'a list [ ]', found: 'an object {"name": "baseline"}' });
    expect(issues[0]!.hint).toContain('Write a list of arms');
    expect(issues[1]!.hint).toContain('or leave it out for the headline set');
    const overrides = onlyIssue(experiment({ arms: [{ name: 'a', overrides: [['/x', 1]] }] }));
    expect(overrides).toMatchObject({ path: '/arms/0/overrides', expected: 'an object { }' });
    expect(overrides.hint).toContain('{"/digital/skillThreshold": 0.3}');
  });

  it('out of range: shows the bound and the value', () => {
    const issue = onlyIssue(experiment({ replications: 0 }));
    expect(issue).toMatchObject({ path: '/replications', expected: 'an integer from 1 to 100000', found: 'the number 0' });
    expect(issue.hint).toContain('Use a value from 1 to 100000.');
    const years = onlyIssue(experiment({ years: 0 }));
    expect(years).toMatchObject({ path: '/years', expected: 'a number above 0 and at most 100' });
    expect(years.hint).toContain("Default: the base scenario's years.");
  });

  it('bad enum: lists the allowed values and suggests the closest', () => {
    const issues = issuesOf(experiment({
      recordEvery: 'Quarter',
      outcomes: [{ metric: 'participation', better: 'up' }],
      sweep: { latinHypercube: { samples: 4, parameters: [{ name: 'x', path: '/participation/temperature', min: 0.1, max: 1, scale: 'logs' }] } },
    }));
    expect(issues[0]).toMatchObject({ path: '/recordEvery', expected: 'one of "month", "quarter" and "year"', found: 'the string "Quarter"' });
    expect(issues[0]!.hint).toContain('Did you mean "quarter"?');
    expect(issues[1]).toMatchObject({ path: '/sweep/latinHypercube/parameters/0/scale', expected: 'one of "linear" and "log"' });
    expect(issues[1]!.hint).toContain('Did you mean "log"?');
    expect(issues[2]).toMatchObject({ path: '/outcomes/0/better', expected: 'one of "higher", "lower", "zero", "one" and "none"', found: 'the string "up"' });
  });

  it('bad names: experiment and arm names suggest a valid one', () => {
    const issues = issuesOf(experiment({ name: 'My Levers!', arms: [{ name: 'Digital Rollout' }], baseline: 'Digital Rollout' }));
    expect(issues.map((i) => i.path).sort()).toEqual(['/arms/0/name', '/baseline', '/name']);
    const at = (path: string) => issues.find((i) => i.path === path)!;
    expect(at('/name')).toMatchObject({ expected: 'a name made of lower-case letters, digits, _ and -, starting with a letter or digit, at most 64 characters', hint: 'For example "my-levers".' });
    expect(at('/arms/0/name').hint).toBe('For example "digital-rollout".');
    expect(at('/baseline').hint).toBe('For example "digital-rollout".');
  });

  it('bad parameter name: suggests a column name', () => {
    const issue = onlyIssue(experiment({ sweep: { grid: [{ name: 'Skill threshold', path: '/digital/skillThreshold', values: [0.2] }] } }));
    expect(issue).toMatchObject({ path: '/sweep/grid/0/name', expected: 'a name made of lower-case letters, digits and _, starting with a letter', found: 'the string "Skill threshold"' });
    expect(issue.hint).toBe('For example "skill_threshold" (it names a column of the result tables).');
  });

  it('bad parameter path: suggests the JSON pointer', () => {
    const issue = onlyIssue(experiment({ sweep: { grid: [{ name: 'x', path: 'digital.skillThreshold', values: [0.2] }] } }));
    expect(issue).toMatchObject({ path: '/sweep/grid/0/path', expected: 'a JSON pointer starting with "/"', found: 'the string "digital.skillThreshold"' });
    expect(issue.hint).toBe('Write a JSON pointer starting with "/", e.g. "/digital/skillThreshold".');
  });

  it('empty lists: arms, outcomes, grid, values, parameters', () => {
    const issues = issuesOf(experiment({ arms: [], outcomes: [] }));
    expect(issues).toMatchObject([
      { path: '/arms', expected: 'at least one arm', found: 'an empty list []', hint: expect.stringContaining('{"name": "baseline"}') },
      { path: '/outcomes', expected: 'at least one outcome', hint: expect.stringContaining('headline set') },
    ]);
    const grid = issuesOf(experiment({ sweep: { grid: [{ name: 'x', path: '/digital/skillThreshold', values: [] }] } }));
    expect(grid).toMatchObject([{ path: '/sweep/grid/0/values', expected: 'at least one value' }]);
    expect(onlyIssue(experiment({ sweep: { grid: [] } }))).toMatchObject({ path: '/sweep/grid', expected: 'at least one parameter' });
    expect(onlyIssue(experiment({ sweep: { latinHypercube: { samples: 3, parameters: [] } } }))).toMatchObject({ path: '/sweep/latinHypercube/parameters', expected: 'at least one parameter' });
  });

  it('repeated grid values', () => {
    const issue = onlyIssue(experiment({ sweep: { grid: [{ name: 'x', path: '/digital/skillThreshold', values: [0.2, 0.3, 0.2] }] } }));
    expect(issue).toMatchObject({ path: '/sweep/grid/0/values', expected: 'a list without repeated values', found: 'items 0 and 2 are both 0.2', hint: 'Remove the repeated value.' });
  });

  it('empty label', () => {
    const issue = onlyIssue(experiment({ labels: { zh: '' } }));
    expect(issue).toMatchObject({ path: '/labels/zh', expected: 'a non-empty string', found: 'an empty string ""' });
    expect(issue.hint).toContain('Default: the name.');
  });

  it('arm interventions are checked as in a scenario file', () => {
    const issues = issuesOf(experiment({
      arms: [{ name: 'a', interventions: [{ kind: 'digitalRolout' }, { kind: 'gridManagement', params: { workersPerGird: 3 } }, { kind: 'dataSharing', params: { mediatorsPerPlace: 3 } }, { start: 1 }, { kind: 'cadreExchange', params: { sharePerYear: 0.8 } }] }],
    }));
    expect(issues.map((i) => i.path)).toEqual([
      '/arms/0/interventions/0/kind',
      '/arms/0/interventions/1/params/workersPerGird',
      '/arms/0/interventions/2/params/mediatorsPerPlace',
      '/arms/0/interventions/3/kind',
      '/arms/0/interventions/4/params/sharePerYear',
    ]);
    for (const kind of INTERVENTION_KINDS) expect(issues[0]!.expected).toContain(kind);
    expect(issues[0]!.hint).toContain('Did you mean "digitalRollout"?');
    expect(issues[1]).toMatchObject({ expected: 'a parameter of gridManagement: workersPerGrid, visitsPerWorkerPerDay and reportingShare', hint: expect.stringContaining('Did you mean "workersPerGrid"?') });
    expect(issues[2]!.hint).toContain('"mediatorsPerPlace" is a parameter of fengqiaoMediation, not of dataSharing');
    expect(issues[3]).toMatchObject({ expected: 'the required field "kind"', hint: expect.stringContaining('"evaluationReform"') });
    expect(issues[4]).toMatchObject({ expected: 'a number from 0 to 0.5', found: 'the number 0.8' });
  });

  it('arm interventions are checked even when the runs cannot be composed', () => {
    const badArm = { name: 'a', interventions: [{ kind: 'gridManagement', params: { workersPerGird: 3 } }] };
    const issues = issuesOf(experiment({ arms: [badArm, { name: 'a' }] }));
    expect(issues.map((i) => i.path)).toEqual(['/arms/1/name', '/arms/0/interventions/0/params/workersPerGird']);
    expect(issues[1]!.hint).toContain('Did you mean "workersPerGrid"?');
    const broken = issuesOf(experiment({ scenario: 'broken-base.json', arms: [badArm] }));
    expect(broken.map((i) => i.path)).toEqual(['/arms/0/interventions/0/params/workersPerGird', '/county/urbanShare']);
    expect(broken[1]!.file).toMatch(/broken-base\.json$/);
  });
});

describe('cross-field messages', () => {
  it('repeated arm name', () => {
    const issue = onlyIssue(experiment({ arms: [{ name: 'a' }, { name: 'b' }, { name: 'a' }] }));
    expect(issue).toMatchObject({ path: '/arms/2/name', expected: 'a name no other arm uses', found: 'the string "a", also the name of arm 0' });
    expect(issue.hint).toContain('Rename one of the two arms');
  });

  it('baseline that names no arm: lists the arms and suggests the closest', () => {
    const issue = onlyIssue(experiment({ arms: [{ name: 'baseline' }, { name: 'digital' }], baseline: 'digtal' }));
    expect(issue).toMatchObject({ path: '/baseline', expected: 'the name of one of the arms: "baseline" and "digital"', found: 'the string "digtal"', hint: 'Did you mean "digital"?' });
    const far = onlyIssue(experiment({ baseline: 'control' }));
    expect(far.hint).toBe('Name one of the arms, or leave "baseline" out to compare with the first arm.');
  });

  it('sweep with both designs or neither', () => {
    const grid = [{ name: 'x', path: '/digital/skillThreshold', values: [0.2] }];
    const both = onlyIssue(experiment({ sweep: { grid, latinHypercube: { samples: 2, parameters: [{ name: 'y', path: '/participation/temperature', min: 0.1, max: 1 }] } } }));
    expect(both).toMatchObject({ path: '/sweep', expected: 'exactly one design: "grid", "latinHypercube", "morris", "sobol" or "points"', found: 'both "grid" and "latinHypercube"' });
    expect(both.hint).toContain('keep one of them');
    const neither = onlyIssue(experiment({ sweep: {} }));
    expect(neither).toMatchObject({ path: '/sweep', found: 'an empty object {}' });
    expect(neither.hint).toContain('or leave "sweep" out for no sweep');
  });

  it('repeated parameter names and paths', () => {
    const issues = issuesOf(experiment({ sweep: { grid: [
      { name: 'x', path: '/digital/skillThreshold', values: [0.2] },
      { name: 'x', path: '/digital/skillThreshold', values: [0.3] },
    ] } }));
    expect(issues).toMatchObject([
      { path: '/sweep/grid/1/name', expected: 'a name no other parameter uses', found: 'the string "x", also the name of parameter 0' },
      { path: '/sweep/grid/1/path', expected: 'a path no other parameter uses', found: 'the string "/digital/skillThreshold", also the path of parameter 0' },
    ]);
  });

  it('values the experiment sets itself cannot be swept or overridden', () => {
    const issues = issuesOf(experiment({
      arms: [{ name: 'a', overrides: { '/seed': 3 } }],
      sweep: { grid: [{ name: 'y', path: '/years', values: [1, 2] }] },
    }));
    expect(issues).toMatchObject([
      { path: '/sweep/grid/0/path', expected: 'a scenario value other than years, recordEvery and seed', found: '"/years"', hint: expect.stringContaining('experiment\'s own "years"') },
      { path: '/arms/0/overrides/~1seed', found: '"/seed"', hint: expect.stringContaining('Run seeds are derived from the experiment\'s "seed"') },
    ]);
  });

  it('a grid of too many points', () => {
    const values = Array.from({ length: 400 }, (_, i) => i / 1000);
    const issue = onlyIssue(experiment({ sweep: { grid: [{ name: 'a', path: '/digital/skillThreshold', values }, { name: 'b', path: '/participation/temperature', values: values.map((v) => v + 0.001) }] } }));
    expect(issue).toMatchObject({ path: '/sweep/grid', expected: 'at most 100000 points (every combination of the values)', found: '400 × 400 = 160000 points' });
    expect(issue.hint).toContain('"latinHypercube"');
  });

  it('ranges: max above min, log needs a positive min, integer needs whole bounds', () => {
    const at = '/sweep/latinHypercube/parameters';
    const issues = issuesOf(experiment({ sweep: { latinHypercube: { samples: 3, parameters: [
      { name: 'a', path: '/digital/skillThreshold', min: 0.5, max: 0.5 },
      { name: 'b', path: '/participation/temperature', min: 0, max: 1, scale: 'log' },
      { name: 'c', path: '/county/villages', min: 10.5, max: 20.5, integer: true },
    ] } } }));
    expect(issues).toMatchObject([
      { path: `${at}/0/max`, expected: 'a number above min (0.5)', found: 'the number 0.5', hint: expect.stringContaining('swap min and max') },
      { path: `${at}/1/min`, expected: 'a number above 0 (the scale is "log")', found: 'the number 0', hint: expect.stringContaining('"scale": "linear"') },
      { path: `${at}/2/min`, expected: 'a whole number ("integer" is true)', found: 'the number 10.5', hint: 'Use 11, or set "integer": false.' },
      { path: `${at}/2/max`, expected: 'a whole number ("integer" is true)', hint: 'Use 20, or set "integer": false.' },
    ]);
  });

  it('override keys must be JSON pointers', () => {
    const issue = onlyIssue(experiment({ arms: [{ name: 'a', overrides: { 'digital.skillThreshold': 0.3 } }] }));
    expect(issue).toMatchObject({
      path: '/arms/0/overrides/digital.skillThreshold',
      expected: 'a JSON pointer starting with "/" as the key',
      found: 'the string "digital.skillThreshold"',
      hint: 'Write a JSON pointer starting with "/", e.g. "/digital/skillThreshold".',
    });
  });

  it('an override of a swept value', () => {
    const issue = onlyIssue(experiment({
      arms: [{ name: 'a', overrides: { '/digital/skillThreshold': 0.3 } }],
      sweep: { grid: [{ name: 'threshold', path: '/digital/skillThreshold', values: [0.2, 0.4] }] },
    }));
    expect(issue).toMatchObject({ path: '/arms/0/overrides/~1digital~1skillThreshold', expected: 'a value the sweep does not also set', found: '"/digital/skillThreshold", also swept by parameter "threshold"' });
    expect(issue.hint).toContain('applied after the overrides');
  });

  it('outcomes: repeated, unknown with a suggestion, unknown without one; user metrics of the base are known', () => {
    const issues = issuesOf(experiment({ outcomes: ['participation', { metric: 'participation' }, 'satisfation', 'happiness', 'rural_gap'] }));
    expect(issues).toMatchObject([
      { path: '/outcomes/1/metric', expected: 'a metric not listed before', found: 'the string "participation", also outcome 0', hint: 'Remove the repeated outcome.' },
      { path: '/outcomes/2', expected: "a built-in metric or one of the base scenario's metrics", found: 'the string "satisfation"', hint: 'Did you mean "satisfaction"?' },
      { path: '/outcomes/3', found: 'the string "happiness"', hint: expect.stringContaining('engine/metrics/builtins.ts') },
    ]);
  });

  it('replications given as an option are checked like the field', () => {
    const issue = onlyIssue(experiment(), { replications: 0 });
    expect(issue).toMatchObject({ path: '/replications', expected: 'an integer from 1 to 100000', found: 'the number 0 (given as an option, e.g. --replications)' });
    expect(issue.hint).toContain('leave the option out');
  });

  it('every problem at once, each complete', () => {
    const issues = issuesOf({
      name: 'Bad Name', scenario: 'base.json', replications: -1, seed: 'x', baseline: 'nobody', labels: { en: '' },
      arms: [{ name: 'a', overrides: { x: 1 } }, { name: 'a', interventions: [{ kind: 'nope' }] }],
      sweep: { grid: [{ name: '1x', path: 'y', values: [] }] }, outcomes: ['nothing', 7],
    });
    expect(issues.length).toBeGreaterThanOrEqual(10);
    for (const issue of issues) {
      expect(issue.path).toMatch(/^(\/.*)?$/);
      for (const text of [issue.expected, issue.found, issue.hint]) expect(text.trim().length).toBeGreaterThan(0);
    }
  });
});
