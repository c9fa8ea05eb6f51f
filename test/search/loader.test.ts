/**
 * The policy design loader (experiments/search/loader.ts): the example loads and resolves as
 * experiments/README.md documents it, defaults filled; each bad lever gives one issue at the
 * right path, in words that say what to do; `ronghe validate` refuses a bad design with exit
 * code 2 and no stack trace. Objectives, uncertainty and constraints: loaderChecks.test.ts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { validateCommand } from '../../cli/commands/validate.ts';
import { loadDesign, parseDesign } from '../../experiments/search/loader.ts';
import { designVariables } from '../../experiments/search/package.ts';
import { ronghe } from '../cli/run-cli.ts';
import { changed, DIR, EXAMPLE, issueAt, issuesOf } from './helpers.ts';

describe('the example design (experiments/design-gap.json)', () => {
  const loaded = loadDesign(join(DIR, 'design-gap.json'));
  const d = loaded.design;

  it('loads with its base scenario, deep-frozen', () => {
    expect(loaded.scenarioPath).toBe(join(DIR, '../scenarios/small.json'));
    expect(loaded.baseScenario.name).toBe('small');
    expect(Object.isFrozen(d.levers[0]!.params)).toBe(true);
    expect(d).toMatchObject({ name: 'gap-small', scenario: '../scenarios/small.json', years: 3, recordEvery: 'year', seed: 20260601, replications: 3 });
    expect(d.search).toEqual({ population: 16, generations: 8 });
    expect(d.reevaluation).toEqual({ replications: 10, samples: 0 });
    expect(d.uncertainty).toBeNull();
  });

  it('resolves the levers: integer ranges from the kind or the file, start ranges, target shortcuts', () => {
    expect(d.levers.map((l) => [l.name, l.kind, l.optional])).toEqual([
      ['digital', 'digitalRollout', true], ['grid', 'gridManagement', true], ['whistles', 'whistleCoordination', true], ['mediation', 'fengqiaoMediation', true],
    ]);
    const [digital, grid, whistles, mediation] = d.levers;
    expect(digital!.params).toEqual({ trainingReachPerYear: { min: 0.05, max: 0.4, integer: false }, offlineShift: { min: 0, max: 0.5, integer: false } });
    expect(digital!.fixed).toEqual({ elderlyFriendly: true });
    expect(digital!.start).toEqual({ min: 0, max: 1, integer: true });
    expect(digital!.targets).toEqual([{ name: 'all', target: {} }, { name: 'rural', target: { zones: ['rural'] } }]);
    expect(grid!.params.workersPerGrid).toEqual({ min: 1, max: 4, integer: true });
    expect(whistles!.start).toEqual({ min: 0, max: 0, integer: true });
    expect(mediation!.labels).toEqual({ zh: '枫桥式调解', en: 'Fengqiao mediation' });
    // use × 4, digital's two params, start and target, grid's two, whistles' one, mediation's one and target
    expect(designVariables(d)).toHaveLength(13);
  });

  it('resolves the constraints and objectives (direction from the metric catalogue, statistic the mean)', () => {
    expect(d.constraints).toEqual({ budgetTotal: 6_000_000, budgetPerYear: null, staffDaysPerYear: { department: 2000 } });
    expect(d.objectives).toEqual([
      { name: 'group_gap_unmet_share', metric: 'group_gap_unmet_share', labels: expect.objectContaining({ en: 'Best−worst group gap: Unmet-need share' }), better: 'lower', statistic: { kind: 'mean' } },
      { name: 'cost_total', metric: 'cost_total', labels: { zh: '累计项目成本', en: 'Programme cost to date' }, better: 'lower', statistic: { kind: 'mean' } },
    ]);
  });
});

describe('experiments/README.md, "Policy design files"', () => {
  it('its example is a valid design: three levers, one required, three objectives', () => {
    const readme = readFileSync(join(DIR, 'README.md'), 'utf8');
    const block = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes('"levers": ['))!;
    const { design } = parseDesign(JSON.parse(block), 'README example', DIR);
    expect(design.levers.map((l) => l.optional)).toEqual([true, true, false]);
    expect(design.objectives.map((o) => o.name)).toEqual(['group_gap_unmet_share', 'unmet_share_p90', 'cost_total']);
  });
});

describe('defaults', () => {
  const minimal = {
    name: 'minimal',
    scenario: '../scenarios/small.json',
    levers: [{ kind: 'whistleCoordination', params: { whistlesPerTownshipPerMonth: { min: 2, max: 20 }, dailyDepartments: { min: 1, max: 3 } } }],
    objectives: ['unmet_share_rural_60plus', { metric: 'unmet_share', percentile: 90 }],
  };

  it('fills every default the README lists', () => {
    const { design: d, baseScenario } = parseDesign(minimal, 'minimal.json', DIR);
    expect(d).toMatchObject({ labels: { zh: 'minimal', en: 'minimal' }, description: null, years: baseScenario.years, recordEvery: baseScenario.recordEvery, seed: 1, replications: 4 });
    expect(d.levers[0]).toEqual({
      name: 'whistleCoordination', kind: 'whistleCoordination', labels: { zh: '吹哨报到', en: 'Whistle-and-report coordination' }, optional: true,
      params: { whistlesPerTownshipPerMonth: { min: 2, max: 20, integer: false }, dailyDepartments: { min: 1, max: 3, integer: true } },
      fixed: {}, start: { min: 0, max: 0, integer: true }, targets: [{ name: 'all', target: {} }],
    });
    expect(d.constraints).toEqual({ budgetTotal: null, budgetPerYear: null, staffDaysPerYear: {} });
    expect(d.search).toEqual({ population: 24, generations: 10 });
    expect(d.reevaluation).toEqual({ replications: 20, samples: 0 });
    expect(d.uncertainty).toBeNull();
  });

  it('names a percentile objective <metric>_p<percentile> and labels it so', () => {
    const [zoneAge, p90] = parseDesign(minimal, 'minimal.json', DIR).design.objectives;
    expect(zoneAge!.better).toBe('lower');
    expect(p90).toMatchObject({ name: 'unmet_share_p90', metric: 'unmet_share', better: 'lower', statistic: { kind: 'percentile', percentile: 90 } });
    expect(p90!.labels.en).toMatch(/\(p90\)$/);
    const half = parseDesign({ ...minimal, objectives: ['cost_total', { metric: 'unmet_share', percentile: 97.5 }] }, 'minimal.json', DIR);
    expect(half.design.objectives[1]!.name).toBe('unmet_share_p97_5');
  });

  it('a fixed start is a range of one value; named targets keep their fields', () => {
    const lever = { kind: 'digitalRollout', start: 1, params: { trainingReachPerYear: { min: 0, max: 0.2 } }, targets: ['urban', { name: 'north', townships: [0, 1], ageGroups: ['60+'] }] };
    const { levers } = parseDesign({ ...minimal, levers: [lever] }, 'minimal.json', DIR).design;
    expect(levers[0]!.start).toEqual({ min: 1, max: 1, integer: true });
    expect(levers[0]!.targets).toEqual([{ name: 'urban', target: { zones: ['urban'] } }, { name: 'north', target: { townships: [0, 1], ageGroups: ['60+'] } }]);
  });
});

describe('levers', () => {
  it('an unknown kind: did you mean', () => {
    const issue = issueAt(issuesOf(changed((d) => (d.levers[0].kind = 'digitalRolout'))), '/levers/0/kind');
    expect(issue.expected).toMatch(/^an intervention kind: .*digitalRollout/);
    expect(issue.hint).toMatch(/Did you mean "digitalRollout"\?/);
  });

  it('a parameter the kind does not declare: did you mean', () => {
    const issue = issueAt(issuesOf(changed((d) => (d.levers[0].params.trainingReachPerYr = { min: 0, max: 0.2 }))), '/levers/0/params/trainingReachPerYr');
    expect(issue.found).toBe('the unknown parameter "trainingReachPerYr"');
    expect(issue.hint).toMatch(/Did you mean "trainingReachPerYear"\?/);
    const fixed = issueAt(issuesOf(changed((d) => (d.levers[0].fixed.elderlyFriendlyy = true))), '/levers/0/fixed/elderlyFriendlyy');
    expect(fixed.hint).toMatch(/Did you mean "elderlyFriendly"\?/);
  });

  it('a switch under params: put it in fixed', () => {
    const issue = issueAt(issuesOf(changed((d) => (d.levers[0].params.sharedPlatform = { min: 0, max: 1 }))), '/levers/0/params/sharedPlatform');
    expect(issue.expected).toMatch(/^a numeric parameter of digitalRollout/);
    expect(issue.hint).toMatch(/put it in "fixed", e\.g\. "fixed": \{"sharedPlatform": true\}/);
  });

  it('a parameter both searched and fixed; a fixed value of the wrong type', () => {
    expect(issueAt(issuesOf(changed((d) => (d.levers[0].fixed.offlineShift = 0.2))), '/levers/0/fixed/offlineShift').expected).toBe('a parameter not also searched under "params"');
    expect(issueAt(issuesOf(changed((d) => (d.levers[0].fixed.elderlyFriendly = 1))), '/levers/0/fixed/elderlyFriendly').expected).toMatch(/^true or false/);
  });

  it('min above max, and min equal to max (fix it under "fixed")', () => {
    expect(issueAt(issuesOf(changed((d) => (d.levers[0].params.offlineShift = { min: 0.5, max: 0.2 }))), '/levers/0/params/offlineShift/max').expected).toBe('a number above min (0.5)');
    const equal = issueAt(issuesOf(changed((d) => (d.levers[0].params.offlineShift = { min: 0.2, max: 0.2 }))), '/levers/0/params/offlineShift');
    expect(equal.found).toBe('min and max both 0.2');
    expect(equal.hint).toMatch(/"fixed": \{"offlineShift": 0\.2\}/);
  });

  it('an integer range with no whole number, or with one only; "integer": false on an integer parameter', () => {
    const none = issueAt(issuesOf(changed((d) => (d.levers[1].params.workersPerGrid = { min: 1.2, max: 1.8, integer: true }))), '/levers/1/params/workersPerGrid');
    expect(none.found).toBe('1.2 to 1.8, which holds none');
    const one = issueAt(issuesOf(changed((d) => (d.levers[2].params.whistlesPerTownshipPerMonth = { min: 4.5, max: 5.5, integer: true }))), '/levers/2/params/whistlesPerTownshipPerMonth');
    expect(one.found).toMatch(/the whole number 5 only/);
    const declared = changed((d) => (d.levers[2].params.dailyDepartments = { min: 1, max: 3, integer: false }));
    expect(issueAt(issuesOf(declared), '/levers/2/params/dailyDepartments/integer').expected).toMatch(/takes whole numbers of dailyDepartments/);
  });

  it('a range outside the bounds the kind declares, which the message gives', () => {
    const issue = issueAt(issuesOf(changed((d) => (d.levers[0].params.offlineShift = { min: 0, max: 0.95 }))), '/levers/0/params/offlineShift/max');
    expect(issue.expected).toBe('a number from 0 to 0.9 (the bounds digitalRollout declares for offlineShift)');
    const low = issueAt(issuesOf(changed((d) => (d.levers[2].params.dailyDepartments = { min: 0, max: 3 }))), '/levers/2/params/dailyDepartments/min');
    expect(low.expected).toMatch(/^an integer from 1 to 6/);
  });

  it('a start at or after the horizon, a start range in the wrong order or holding no whole year', () => {
    expect(issueAt(issuesOf(changed((d) => (d.levers[0].start = { min: 1, max: 3 }))), '/levers/0/start/max').expected).toBe('a start below the horizon (3 years)');
    expect(issueAt(issuesOf(changed((d) => (d.levers[1].start = 3))), '/levers/1/start').found).toBe('the number 3');
    expect(issueAt(issuesOf(changed((d) => (d.levers[0].start = { min: 2, max: 1 }))), '/levers/0/start/max').expected).toBe('a number of at least min (2)');
    expect(issueAt(issuesOf(changed((d) => (d.levers[0].start = { min: 0.2, max: 0.8 }))), '/levers/0/start').hint).toMatch(/"integer": false/);
    expect(parseDesign(changed((d) => (d.levers[0].start = { min: 0.2, max: 0.8, integer: false })), 'd.json', DIR).design.levers[0]!.start.integer).toBe(false);
  });

  it('lever names (the kind by default) and target names are unique; shortcuts are all, rural, urban', () => {
    const twice = changed((d) => d.levers.push({ kind: 'whistleCoordination', params: { whistlesPerTownshipPerMonth: { min: 1, max: 2 } } }, { kind: 'whistleCoordination' }));
    expect(issueAt(issuesOf(twice), '/levers/5').found).toBe('"whistleCoordination" (the kind, the default name), also the name of lever 4');
    expect(issueAt(issuesOf(changed((d) => (d.levers[1].name = 'digital'))), '/levers/1/name').expected).toBe('a lever name no other lever uses');
    expect(issueAt(issuesOf(changed((d) => d.levers[0].targets.push({ name: 'rural', zones: ['rural'] }))), '/levers/0/targets/2/name').found).toMatch(/also the name of target 1/);
    expect(issueAt(issuesOf(changed((d) => (d.levers[0].targets[0] = 'al'))), '/levers/0/targets/0').hint).toMatch(/Did you mean "all"\?/);
    expect(issueAt(issuesOf(changed((d) => (d.levers[0].name = 'digital rollout'))), '/levers/0/name').hint).toBe('For example "digital_rollout" (it names columns of the result tables).');
  });
});

describe('every lever\'s settings give a valid scenario', () => {
  it('a target\'s township beyond the county: at the target, in the scenario\'s words', () => {
    const issue = issueAt(issuesOf(changed((d) => (d.levers[0].targets[1] = { name: 'north', townships: [0, 7] }))), '/levers/0/targets/1/townships/1');
    expect(issue.expected).toBe('an index from 0 to 3');
    expect(issue.hint).toMatch(/4 township-level units/);
  });

  it('a fixed value the kind refuses: at the fixed parameter', () => {
    const issue = issueAt(issuesOf(changed((d) => (d.levers[0].fixed.coverage = 1.5))), '/levers/0/fixed/coverage');
    expect(issue.expected).toBe('a number from 0 to 1');
    expect(issue.found).toMatch(/^the number 1\.5 \(with the lever at its lowest settings: digital: /);
  });

  it('a target a county-wide kind cannot take: at the target shortcut', () => {
    const cadres = { kind: 'cadreExchange', params: { sharePerYear: { min: 0, max: 0.2 } }, targets: ['all', 'rural'] };
    const issue = issueAt(issuesOf(changed((d) => d.levers.push(cadres))), '/levers/4/targets/1');
    expect(issue.found).toMatch(/with the lever at its (lowest|highest) settings: cadreExchange: .*rural/);
  });
});

describe('ronghe validate', () => {
  it('confirms a design: levers, decision variables, objectives, constraints', () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((text) => (written.push(String(text)), true));
    try {
      validateCommand(join(DIR, 'design-gap.json'), 'en');
    } finally {
      spy.mockRestore();
    }
    expect(written.join('')).toMatch(/valid policy design .*4 levers \(digital, grid, whistles, mediation\), 13 decision variables; objectives: group_gap_unmet_share \(lower\), cost_total \(lower\)/);
    expect(written.join('')).toMatch(/budget 6,000,000 yuan in all; 2,000 department staff-days a year/);
  });

  it('refuses a bad design with exit code 2 and no stack trace', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ronghe-design-')), 'bad.json');
    const bad = { ...EXAMPLE, $schema: undefined, scenario: join(DIR, '../scenarios/small.json'), objectives: ['group_gap_unmet_share', 'cost_totl'] };
    writeFileSync(file, JSON.stringify(bad));
    const r = ronghe('validate', file);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('design file');
    expect(r.stderr).toContain('/objectives/1');
    expect(r.stderr).toMatch(/Did you mean "cost_total"\?/);
    expect(r.stderr).not.toMatch(/^\s+at .+\(.*:\d+:\d+\)$/m);
  });
});
