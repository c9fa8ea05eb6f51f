/**
 * `ronghe calibrate` end to end on a 2,000-resident county for one year: targets made by the
 * model itself at known parameter values are fitted back; the calibrated scenario validates;
 * rerunning reuses every run and gives the same results; bad input is reported clearly.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../engine/simulation.ts';
import { parseScenario } from '../../scenarios/loader.ts';
import { smallJson } from '../fixtures.ts';
import { ronghe } from '../experiments/tiny.ts';

const noStack = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

/** The values the calibration must find, and their prior ranges. */
const TRUTH = { skill_threshold: 0.38, intercept: -1.4, coverage_rural: 0.8 };
const PARAMETERS = [
  { name: 'skill_threshold', path: '/digital/skillThreshold', min: 0.25, max: 0.5 },
  { name: 'coverage_rural', path: '/digital/coverage/rural', min: 0.6, max: 1 },
  { name: 'intercept', path: '/participation/weights/intercept', min: -2, max: -0.8 },
];

function base(): Record<string, any> {
  const b = smallJson();
  b.county.residents = 2000;
  b.years = 1;
  delete b.$schema;
  return b;
}

/** The targets: the model at TRUTH, mean of three seeds other than any the calibration uses. */
function syntheticTargets(): { urban: number; rural: number; participation: number } {
  const b = base();
  b.recordEvery = 'quarter';
  b.digital = { skillThreshold: TRUTH.skill_threshold, coverage: { rural: TRUTH.coverage_rural } };
  b.participation = { weights: { intercept: TRUTH.intercept } };
  const scenario = parseScenario(b, 'truth');
  const runs = [901, 902, 903].map((seed) => run(scenario, { seed }));
  const mean = (f: (r: (typeof runs)[number]) => number) => runs.reduce((s, r) => s + f(r), 0) / runs.length;
  const december = (r: (typeof runs)[number]) => r.series.find((p) => p.year === 1 && p.month === 12)!.values.participation!;
  return { urban: mean((r) => r.summary.metrics.online_access_urban!), rural: mean((r) => r.summary.metrics.online_access_rural!), participation: mean(december) };
}

function writeCalibration(overrides: Record<string, unknown> = {}, targets?: unknown[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'ronghe-cal-'));
  writeFileSync(join(dir, 'base.json'), JSON.stringify(base(), null, 2));
  const t = targets ?? (() => {
    const s = syntheticTargets();
    return [
      { metric: 'online_access', group: 'urban', value: s.urban, sd: 0.02, source: 'the model at known values' },
      { metric: 'online_access', group: 'rural', value: s.rural, sd: 0.02 },
      { metric: 'participation', at: { year: 1, month: 12 }, value: s.participation, sd: 0.03 },
    ];
  })();
  const calibration = { name: 'synthetic', scenario: 'base.json', years: 1, recordEvery: 'quarter', seed: 5, parameters: PARAMETERS, targets: t, method: { particles: 30, alpha: 0.5, maxGenerations: 4, checkReplications: 4 }, ...overrides };
  const file = join(dir, 'calibration.json');
  writeFileSync(file, JSON.stringify(calibration, null, 2));
  return file;
}

function csv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
  const names = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, c) => [names[c], cell])));
}

describe('ronghe calibrate', () => {
  const file = writeCalibration();
  const out = join(dirname(file), 'results');
  const first = ronghe(['calibrate', file, '--out', out, '--workers', '2']);

  it('recovers the parameter values that produced the targets', () => {
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/generation 0: 30 runs/);
    expect(first.stdout).toMatch(/tolerance ε = .*, effective sample size [\d.]+ of 15/);
    expect(csv(join(out, 'generations.csv')).map((g) => Number(g.kept))).toEqual([15, 15, 15, 15]);
    const posterior = csv(join(out, 'posterior.csv'));
    expect(posterior.map((p) => p.parameter)).toEqual(['skill_threshold', 'coverage_rural', 'intercept']);
    for (const p of posterior) {
      const truth = TRUTH[p.parameter as keyof typeof TRUTH];
      const width = Number(p.prior_max) - Number(p.prior_min);
      // The truth lies in the 95% posterior interval, and the mean is within a quarter of the prior range.
      expect(Number(p.q025), p.parameter).toBeLessThanOrEqual(truth);
      expect(Number(p.q975), p.parameter).toBeGreaterThanOrEqual(truth);
      expect(Math.abs(Number(p.mean) - truth), p.parameter).toBeLessThan(width / 4);
      // The two parameters the targets pin down well end narrower than the uniform prior (SD width/√12).
      if (p.parameter !== 'coverage_rural') expect(Number(p.sd), p.parameter).toBeLessThan(width / Math.sqrt(12));
    }
  });

  it('writes a calibrated scenario that validates and holds the fitted values, and the fit per target', () => {
    const scenarioFile = join(out, 'calibrated.json');
    const data = JSON.parse(readFileSync(scenarioFile, 'utf8'));
    expect(existsSync(resolve(dirname(scenarioFile), data.$schema))).toBe(true);
    const scenario = parseScenario(data, scenarioFile);
    const posterior = csv(join(out, 'posterior.csv'));
    expect(scenario.digital.skillThreshold).toBeCloseTo(Number(posterior[0]!.mean), 5);
    expect(scenario.participation.weights.intercept).toBeCloseTo(Number(posterior[2]!.mean), 5);
    expect(scenario.county.residents).toBe(2000); // the rest of the file as written
    const fit = csv(join(out, 'fit.csv'));
    expect(fit.map((f) => f.target)).toEqual(['online_access_urban', 'online_access_rural', 'participation_y1m12']);
    for (const f of fit) {
      expect(f.check_n).toBe('4');
      expect(Math.abs(Number(f.z))).toBeLessThan(3);
    }
    const manifest = JSON.parse(readFileSync(join(out, 'calibration.json'), 'utf8'));
    expect(manifest.status).toBe('complete');
    expect(manifest.generations.map((g: any) => g.runs)).toEqual([30, 15, 15, 15]);
  });

  it('continues where it stopped: rerunning reuses every run and writes the same results', () => {
    const before = readFileSync(join(out, 'posterior.csv'));
    // As if stopped during generation 2: its last runs, later generations and the check are gone.
    for (const name of ['p14-r0.json', 'p13-r0.json']) rmSync(join(out, 'generations', 'g2', 'runs', 'baseline', name));
    for (const gone of ['generations/g3', 'check', 'posterior.csv']) rmSync(join(out, gone), { recursive: true, force: true });
    const again = ronghe(['calibrate', file, '--out', out, '--workers', '2']);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/generation 1: 15 runs, 0 to run/);
    expect(again.stdout).toMatch(/generation 2: 15 runs, 2 to run/);
    expect(readFileSync(join(out, 'posterior.csv'))).toEqual(before);
  });

  it('refuses to mix another calibration into the folder', () => {
    const other = ronghe(['calibrate', writeCalibration({ seed: 6 }), '--out', out]);
    expect(other.status).toBe(2);
    expect(other.stderr).toMatch(/results of a different calibration/);
    noStack(other.stderr);
  });
});

describe('ronghe calibrate: bad input', () => {
  it('names every problem with its path, expected, found and hint, and exits 2', () => {
    const file = writeCalibration({ parameters: [...PARAMETERS.slice(0, 2), { name: 'coverage_urban', path: '/digital/coverage/urban', min: 0.5, max: 1.5 }] }, [
      { metric: 'online_access', group: 'rural', value: 0.3, sd: 0.02, tolerance: 0.05 },
      { metric: 'online_acess', value: 0.3, sd: 0.02 },
      { metric: 'participation', at: { year: 1, month: 11 }, value: 0.2, sd: 0.03 },
      { metric: 'participation', at: { year: 3 }, value: 0.2, sd: 0.03 },
    ]);
    const r = ronghe(['calibrate', file, '--out', join(dirname(file), 'never')]);
    expect(r.status).toBe(2);
    noStack(r.stderr);
    expect(r.stderr).toMatch(/at \/targets\/0\n\s+expected: exactly one of "sd"/);
    expect(r.stderr).toMatch(/at \/targets\/1\/metric\n\s+expected: a built-in metric[^\n]*\n\s+found:\s+the string "online_acess"\n\s+hint:\s+Did you mean "online_access"\?/);
    expect(r.stderr).toMatch(/at \/targets\/2\/at\/month\n\s+expected: a recorded month: 3, 6, 9 or 12/);
    expect(r.stderr).toMatch(/at \/targets\/3\/at\n\s+expected: a tick within the runs' 1 year/);
    expect(r.stderr).toMatch(/at \/parameters\/2\/max\n\s+expected: a number from 0 to 1/);
    expect(existsSync(join(dirname(file), 'never'))).toBe(false);
  });

  it('documents both commands and every option in --help', () => {
    const top = ronghe(['--help']);
    expect(top.stdout).toMatch(/ronghe sensitivity <file>/);
    expect(top.stdout).toMatch(/ronghe calibrate <file>/);
    const sensitivity = ronghe(['sensitivity', '--help']);
    for (const flag of ['--workers', '--replications', '--scenario', '--years', '--out', '--shard', '--shards', '--fresh', '--quiet', '--report']) expect(sensitivity.stdout).toContain(flag);
    expect(sensitivity.stdout).toMatch(/Morris/);
    const calibrate = ronghe(['calibrate', '--help']);
    for (const flag of ['--workers', '--out', '--fresh', '--quiet', '--lang']) expect(calibrate.stdout).toContain(flag);
    expect(calibrate.stdout).toMatch(/APMC/);
  });

  it('reports a missing file as bad input', () => {
    const r = ronghe(['calibrate', 'no/such/calibration.json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no\/such\/calibration\.json/);
    noStack(r.stderr);
  });
});
