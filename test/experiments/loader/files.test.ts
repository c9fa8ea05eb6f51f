/** Loading experiment files: a full round trip, every default, and file-level problems. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadExperiment } from '../../../experiments/design/loader.ts';
import { ExperimentError, ScenarioError } from '../../../base/errors.ts';
import { BASE, FIXTURES, experiment, parse, thaw } from './helpers.ts';

/** The error thrown by `fn`, checked to be of `type`. */
function errorOf<T extends Error>(fn: () => unknown, type: new (...args: never[]) => T): T {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return error as T;
  }
  throw new Error('expected an error');
}

describe('a valid file', () => {
  it('full: every field resolved as written', () => {
    const loaded = loadExperiment(join(FIXTURES, 'full.json'));
    expect(loaded.file).toBe(join(FIXTURES, 'full.json'));
    expect(loaded.scenarioPath).toBe(join(FIXTURES, 'base.json'));
    expect(thaw(loaded.baseScenario)).toEqual(thaw(BASE));
    expect(loaded.points).toEqual([{ index: 0, values: { temperature: 0.1 } }, { index: 1, values: { temperature: 0.2 } }]);
    const e = loaded.experiment;
    expect(e).toMatchObject({
      name: 'levers',
      labels: { zh: '哪种杠杆能缩小城乡差距？', en: 'Which lever closes the urban-rural gap?' },
      scenario: 'base.json',
      years: 2,
      recordEvery: 'month',
      replications: 30,
      seed: 20261123,
      baseline: 'baseline',
      sweep: { kind: 'grid', parameters: [{ name: 'temperature', path: '/participation/temperature', values: [0.1, 0.2] }] },
      outcomes: [
        { metric: 'participation', better: 'higher' },
        { metric: 'gap_participation', better: 'zero' },
        { metric: 'rural_gap', better: 'none' },
      ],
    });
    expect(e.arms.map((a) => [a.name, a.labels.en])).toEqual([['baseline', 'Baseline'], ['digital', 'Digital rollout'], ['grid-dense', 'grid-dense']]);
    expect(e.arms[0]).toMatchObject({ interventions: [], overrides: {} });
    expect(e.arms[1]!.interventions[0]).toMatchObject({ kind: 'digitalRollout', start: 1, params: { elderlyFriendly: true, coverage: 0.99 }, cost: { fixed: 1000000, perYear: 0 } });
    expect(e.arms[1]!.overrides).toEqual({ '/digital/skillThreshold': 0.3, '/interventions/1/params/trainingReachPerYear': 0.2 });
    expect(Object.keys(e).sort()).toEqual(['arms', 'baseline', 'labels', 'name', 'outcomes', 'recordEvery', 'replications', 'scenario', 'seed', 'sweep', 'years']);
    expect(Object.isFrozen(e) && Object.isFrozen(e.arms[1]!.overrides) && Object.isFrozen(loaded)).toBe(true);
  });

  it('minimal: every default filled', () => {
    const { experiment: e, points } = loadExperiment(join(FIXTURES, 'minimal.json'));
    expect(thaw(e)).toEqual({
      name: 'minimal',
      labels: { zh: 'minimal', en: 'minimal' },
      scenario: 'base.json',
      years: 3,
      recordEvery: 'quarter',
      replications: 10,
      seed: 1,
      baseline: 'baseline',
      arms: [{ name: 'baseline', labels: { zh: 'baseline', en: 'baseline' }, interventions: [], overrides: {} }],
      sweep: null,
      outcomes: [
        { metric: 'participation', better: 'higher' },
        { metric: 'participation_rural', better: 'higher' },
        { metric: 'gap_participation', better: 'zero' },
        { metric: 'report_rate', better: 'higher' },
        { metric: 'unmet_share', better: 'lower' },
        { metric: 'resolution_days_mean', better: 'lower' },
        { metric: 'satisfaction', better: 'higher' },
        { metric: 'trust', better: 'higher' },
        { metric: 'theil_service', better: 'lower' },
        { metric: 'cost', better: 'lower' },
      ],
    });
    expect(points).toEqual([{ index: 0, values: {} }]);
  });

  it('partial labels, baseline defaults to the first arm, replications from the options', () => {
    const loaded = parse(experiment({ labels: { en: 'Test' }, arms: [{ name: 'first', labels: { zh: '一' } }, { name: 'second' }] }), { replications: 3 });
    expect(loaded.experiment).toMatchObject({ labels: { zh: 'test', en: 'Test' }, baseline: 'first', replications: 3 });
    expect(loaded.experiment.arms[0]!.labels).toEqual({ zh: '一', en: 'first' });
  });

  it('does not modify its input', () => {
    const json = experiment({ arms: [{ name: 'a', interventions: [{ kind: 'dataSharing' }] }] });
    const before = JSON.stringify(json);
    parse(json);
    expect(JSON.stringify(json)).toBe(before);
  });
});

describe('file problems', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ronghe-experiment-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a missing file: suggests a similar name', () => {
    const error = errorOf(() => loadExperiment(join(FIXTURES, 'ful.json')), ExperimentError);
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ path: '', expected: 'an existing experiment file', found: `no file at ${join(FIXTURES, 'ful.json')}` });
    expect(error.issues[0]!.hint).toBe(`Did you mean ${join(FIXTURES, 'full.json')}?`);
    expect(error.exitCode).toBe(2);
    expect(error.format()).toMatch(/^\S*ful\.json: one problem in the experiment file/);
  });

  it('a directory: asks for a file inside it', () => {
    const error = errorOf(() => loadExperiment(FIXTURES), ExperimentError);
    expect(error.issues[0]).toMatchObject({ expected: 'an experiment file', found: `${FIXTURES.replace(/\/$/, '')} is a directory` });
    expect(error.issues[0]!.hint).toContain('Name a .json file inside it, e.g.');
  });

  it('a JSON syntax error: line, column and hint', () => {
    const error = errorOf(() => loadExperiment(join(FIXTURES, 'syntax.json')), ExperimentError);
    expect(error.issues[0]).toMatchObject({ path: '', expected: 'valid JSON', line: 4, column: 34 });
    expect(error.issues[0]!.found).toContain('a trailing comma at line 4, column 34');
    expect(error.issues[0]!.hint).toContain('Remove the comma');
    expect(error.format()).toContain('syntax.json:4:34');
    expect(error.format()).not.toMatch(/\n\s+at /);
  });

  it('a missing base scenario: at /scenario, relative to the experiment file', () => {
    const error = errorOf(() => parse(experiment({ scenario: 'bse.json' })), ExperimentError);
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ path: '/scenario', expected: 'an existing scenario file', found: `no file at ${join(FIXTURES, 'bse.json')}` });
    expect(error.issues[0]!.hint).toContain(`Did you mean ${join(FIXTURES, 'base.json')}?`);
    expect(error.issues[0]!.hint).toContain('The path is relative to the folder of the experiment file');
  });

  it('an invalid base scenario: a ScenarioError naming the scenario file, as for scenarios', () => {
    const error = errorOf(() => loadExperiment(join(FIXTURES, 'uses-broken-base.json')), ScenarioError);
    expect(error.file).toBe(join(FIXTURES, 'broken-base.json'));
    expect(error.issues).toMatchObject([{ path: '/county/urbanShare', found: 'the number 35' }]);
  });

  it('a scenario file with a syntax error: its own line and column', () => {
    const scenario = join(dir, 'scenario.json');
    writeFileSync(scenario, '{\n  "name": "x",\n  // comment\n}\n');
    const error = errorOf(() => parse(experiment({ scenario })), ScenarioError);
    expect(error.file).toBe(scenario);
    expect(error.issues[0]).toMatchObject({ line: 3, column: 3 });
  });

  it('problems in both files: one ExperimentError, each block naming its file', () => {
    const error = errorOf(() => parse(experiment({ scenario: 'broken-base.json', replications: 0 })), ExperimentError);
    expect(error.issues.map((i) => [i.file, i.path])).toEqual([[undefined, '/replications'], [join(FIXTURES, 'broken-base.json'), '/county/urbanShare']]);
    const text = error.format();
    expect(text).toMatch(/^test\.json: 2 problems in the experiment file or the files it names/);
    expect(text).toContain('test.json at /replications');
    expect(text).toContain(`${join(FIXTURES, 'broken-base.json')} at /county/urbanShare`);
  });

  it('an experiment file read from another folder resolves its scenario from its own folder', () => {
    const file = join(dir, 'moved.json');
    writeFileSync(file, JSON.stringify(experiment({ scenario: join('..', ...Array(10).fill('..'), FIXTURES, 'base.json') })));
    expect(() => loadExperiment(file)).not.toThrow();
    writeFileSync(file, readFileSync(join(FIXTURES, 'minimal.json')));
    const error = errorOf(() => loadExperiment(file), ExperimentError);
    expect(error.issues[0]).toMatchObject({ path: '/scenario', found: `no file at ${join(dir, 'base.json')}` });
  });

  it('non-JSON values from code are reported, not thrown raw', () => {
    const cyclic: Record<string, unknown> = experiment();
    cyclic.self = cyclic;
    for (const input of [experiment({ seed: NaN }), experiment({ seed: () => 1 }), experiment({ labels: new Date(0) }), cyclic, experiment({ seed: 10n }), undefined]) {
      expect(() => parse(input)).toThrow(ExperimentError);
    }
    expect(parse(experiment({ seed: undefined })).experiment.seed).toBe(1);
  });
});
