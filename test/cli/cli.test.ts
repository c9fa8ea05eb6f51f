import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ronghe } from './run-cli.ts';

const tmp = mkdtempSync(join(tmpdir(), 'ronghe-cli-'));
const noStack = (text: string) => expect(text).not.toMatch(/^\s+at .+\(.*:\d+:\d+\)$/m);

describe('ronghe validate', () => {
  it('accepts a shipped scenario (exit 0)', () => {
    const r = ronghe('validate', 'scenarios/county.json');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/valid scenario/);
  });

  it('says what a county budget does: refuses an over-budget plan (exit 2), shows the scaling under scaleDown', () => {
    const over = (whenExceeded: string) => {
      const file = join(tmp, `budget-${whenExceeded}.json`);
      const interventions = [{ kind: 'whistleCoordination', params: { whistlesPerTownshipPerMonth: 50 } }];
      writeFileSync(file, JSON.stringify({ name: 'budget', county: { residents: 20000, townships: 4, subdistricts: 1, villages: 12, communities: 4 }, resources: { budget: { perYear: 100000, whenExceeded } }, interventions }));
      return ronghe('validate', file);
    };
    const refused = over('refuse');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('/resources/budget/perYear');
    expect(refused.stderr).toMatch(/scaleDown/);
    noStack(refused.stderr);
    const scaled = over('scaleDown');
    expect(scaled.status).toBe(0);
    expect(scaled.stdout).toMatch(/budget: 100,000 yuan a year; .* intensity parameter is multiplied by 0\.\d{3}/);
  });

  it('reports every problem of a bad file with path, expected, found and hint (exit 2, no stack)', () => {
    const file = join(tmp, 'bad.json');
    writeFileSync(file, JSON.stringify({ name: 'bad', county: { residents: 'many', townshipz: 3 }, years: 0 }));
    const r = ronghe('validate', file);
    expect(r.status).toBe(2);
    for (const path of ['/county/residents', '/county', '/years']) expect(r.stderr).toContain(path);
    expect(r.stderr).toMatch(/expected:/);
    expect(r.stderr).toMatch(/found:/);
    expect(r.stderr).toMatch(/hint:/);
    expect(r.stderr).toContain('townships');
    noStack(r.stderr);
  });

  it('checks an experiment file with the composed scenario of every arm (exit 0), and names the arm of a bad override (exit 2)', () => {
    const ok = ronghe('validate', 'experiments/cases/fengqiao.json');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/valid experiment .*3 arms \(baseline, fengqiao, fengqiao_strong\).*30 runs/);
    const file = join(tmp, 'bad-experiment.json');
    const experiment = JSON.parse(readFileSync('experiments/cases/fengqiao.json', 'utf8'));
    experiment.scenario = join(process.cwd(), 'scenarios/cases/fengqiao.json');
    experiment.arms[1].overrides = { '/committees/mediationSuccess': 1.5 };
    writeFileSync(file, JSON.stringify(experiment));
    const bad = ronghe('validate', file);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('/arms/1');
    expect(bad.stderr).toContain('mediationSuccess');
    noStack(bad.stderr);
  });

  it('reports a missing file and invalid JSON as bad input', () => {
    expect(ronghe('validate', join(tmp, 'nope.json')).status).toBe(2);
    const broken = join(tmp, 'broken.json');
    writeFileSync(broken, '{"name": "x",\n  "years": }');
    const r = ronghe('validate', broken);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/broken\.json:2/);
    noStack(r.stderr);
  });
});

describe('ronghe run', () => {
  const out = join(tmp, 'run');
  const args = ['run', 'scenarios/small.json', '--years', '0.25', '--seed', '9', '--out', out, '--quiet'];

  it('writes a results folder, byte-identical on rerun except the manifest', () => {
    const first = ronghe(...args);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(out);
    const series = readFileSync(join(out, 'series.csv'), 'utf8');
    const summary = readFileSync(join(out, 'summary.json'), 'utf8');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(series.split('\n')[0]).toBe('year,month,day,metric,value');
    expect(JSON.parse(summary).seed).toBe(9);
    expect(manifest).toMatchObject({ seed: 9, years: 0.25, scenarioFile: 'scenarios/small.json' });
    expect(manifest.scenarioHash).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.node).toBe(process.version);
    expect(ronghe(...args).status).toBe(0);
    expect(readFileSync(join(out, 'series.csv'), 'utf8')).toBe(series);
    expect(readFileSync(join(out, 'summary.json'), 'utf8')).toBe(summary);
  });

  it('prints a summary table in Chinese with --lang zh', () => {
    const r = ronghe('run', 'scenarios/small.json', '--years', '0.1', '--out', join(tmp, 'zh'), '--lang', 'zh');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('参与率');
    expect(r.stdout).toContain('结果已写入');
  });

  it('rejects bad flags and unknown commands with exit 2 and a message naming the problem', () => {
    for (const [bad, named] of [
      [['run', 'scenarios/small.json', '--seed', '-1'], '--seed'],
      [['run', 'scenarios/small.json', '--years', '0'], '--years'],
      // The flag is named, not the experiment file whose horizon it replaces.
      [['experiment', 'experiments/levers.json', '--years', '0'], '--years\n  expected: a number above 0'],
      [['run', 'scenarios/small.json', '--sede', '3'], 'sede'],
      [['run'], 'non-option arguments'],
      [['frobnicate'], 'frobnicate'],
    ] as const) {
      const r = ronghe(...bad);
      expect(r.status, bad.join(' ')).toBe(2);
      expect(r.stderr, bad.join(' ')).toContain(named);
      expect(r.stderr).toContain('--help');
      noStack(r.stderr);
    }
  });

  it('checks an overridden horizon like a file\'s own, and the output folder before running (exit 2)', () => {
    const late = ronghe('run', 'scenarios/examples/gridManagement.json', '--years', '0.5', '--out', join(tmp, 'late'));
    expect(late.status).toBe(2);
    expect(late.stderr).toContain('/interventions/0/start');
    const blocker = join(tmp, 'a-file');
    writeFileSync(blocker, 'x');
    const blocked = ronghe('run', 'scenarios/small.json', '--years', '0.1', '--out', blocker);
    expect(blocked.status).toBe(2);
    expect(blocked.stderr).toContain('a folder the results can be written to');
    noStack(blocked.stderr);
  });

  it('documents every command and option in --help', () => {
    const r = ronghe('run', '--help');
    expect(r.status).toBe(0);
    for (const flag of ['--seed', '--years', '--out', '--lang', '--quiet']) expect(r.stdout).toContain(flag);
  });
});
