/**
 * Sensitivity designs through the experiment machinery, on a 2,000-resident county for one year:
 * worker-count and shard independence of sensitivity.csv, common random numbers, the command's
 * output, and bad input.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestOf, ronghe, sameContents } from '../experiments/tiny.ts';
import { PARAMETERS, writeDesign } from './design.ts';

const noStack = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
const out = () => join(mkdtempSync(join(tmpdir(), 'ronghe-sens-')), 'results');

function csvRows(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
  const names = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, c) => [names[c], cell])));
}

describe('ronghe sensitivity (Morris)', () => {
  const file = writeDesign({ morris: { trajectories: 3, levels: 4, bootstrap: 100, parameters: PARAMETERS } });
  const two = out();
  const first = ronghe(['sensitivity', file, '--out', two, '--workers', '2', '--no-report']);
  // Straight after, so both see the same engine code even while it is being edited.
  const one = out();
  const single = ronghe(['sensitivity', file, '--out', one, '--workers', '1', '--quiet', '--no-report']);

  it('runs the design as an experiment and writes mu*, mu and sigma with intervals per outcome and parameter', () => {
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/12 runs planned/); // 3 trajectories × (3 parameters + 1)
    expect(first.stdout).toMatch(/Rank\s+Parameter\s+μ\*/);
    const rows = csvRows(join(two, 'sensitivity.csv'));
    expect(rows).toHaveLength(2 * 3 * 3); // outcomes × parameters × indices
    for (const row of rows) {
      expect(row.method).toBe('morris');
      expect(Number(row.ci_low)).toBeLessThanOrEqual(Number(row.estimate));
      expect(Number(row.ci_high)).toBeGreaterThanOrEqual(Number(row.estimate));
      expect(row.n).toBe('3');
    }
    expect(manifestOf(two).files).toContain('sensitivity.csv');
  });

  it('runs every point on the same replicate seeds, so a parameter that cannot act on an outcome has no effect at all', () => {
    expect(new Set(manifestOf(two).runs.map((r: any) => r.seed)).size).toBe(1);
    const rows = csvRows(join(two, 'sensitivity.csv')).filter((r) => r.outcome === 'online_access_rural');
    const of = (parameter: string, index: string) => Number(rows.find((r) => r.parameter === parameter && r.index === index)!.estimate);
    expect(of('mobilisation', 'mu_star')).toBe(0);
    expect(of('skill_threshold', 'mu')).toBeLessThan(0); // a higher skill threshold shuts people out
    expect(of('coverage_rural', 'mu')).toBeGreaterThan(0);
    expect(rows.find((r) => r.parameter === 'skill_threshold')!.rank).toBe('1');
  });

  it('gives a byte-identical folder (sensitivity.csv included) with 1 worker and with 2', () => {
    expect(single.status).toBe(0);
    expect(sameContents(two, one).differences).toEqual([]);
    expect(readFileSync(join(one, 'sensitivity.csv'))).toEqual(readFileSync(join(two, 'sensitivity.csv')));
  });
});

describe('ronghe sensitivity: resuming', () => {
  it('reruns only the runs missing from a stopped design and ends with the same indices', () => {
    const file = writeDesign({ morris: { trajectories: 2, levels: 4, bootstrap: 50, parameters: PARAMETERS.slice(0, 2) } });
    const dir = out();
    expect(ronghe(['sensitivity', file, '--out', dir, '--quiet', '--no-report']).status).toBe(0);
    const before = readFileSync(join(dir, 'sensitivity.csv'));
    // As if stopped part-way: two runs and the summaries gone.
    for (const gone of ['runs/baseline/p1-r0.json', 'runs/baseline/p4-r0.json', 'sensitivity.csv', 'runs.csv']) rmSync(join(dir, gone));
    const again = ronghe(['sensitivity', file, '--out', dir, '--no-report']);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/6 runs planned, 2 to run/);
    expect(readFileSync(join(dir, 'sensitivity.csv'))).toEqual(before);
  });
});

describe("ronghe sensitivity (Sobol')", () => {
  it('splits into shards that merge into the same indices as one machine', () => {
    const file = writeDesign({ sobol: { samples: 3, bootstrap: 50, parameters: PARAMETERS.slice(0, 2) } });
    const whole = out();
    const run = ronghe(['sensitivity', file, '--out', whole, '--quiet', '--no-report']);
    expect(run.status, run.stderr).toBe(0);
    const rows = csvRows(join(whole, 'sensitivity.csv'));
    expect(rows.map((r) => r.index)).toEqual(['S1', 'ST', 'S1', 'ST', 'S1', 'ST', 'S1', 'ST']);
    const split = out();
    for (const shard of ['0/2', '1/2']) expect(ronghe(['sensitivity', file, '--out', split, '--shard', shard, '--quiet']).status).toBe(0);
    expect(ronghe(['merge', split]).status).toBe(0);
    expect(readFileSync(join(split, 'sensitivity.csv'))).toEqual(readFileSync(join(whole, 'sensitivity.csv')));
  });
});

describe('ronghe sensitivity: bad input', () => {
  it('refuses an experiment without a sensitivity design, naming /sweep', () => {
    const r = ronghe(['sensitivity', writeDesign({ grid: [{ name: 'x', path: '/digital/skillThreshold', values: [0.3] }] })]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/at \/sweep/);
    expect(r.stderr).toMatch(/expected: a sensitivity design/);
    expect(r.stderr).toMatch(/found:\s+a sweep with "grid"/);
    noStack(r.stderr);
  });

  it('reports distribution problems with path, expected, found and hint, and writes nothing', () => {
    const dir = out();
    const r = ronghe(['sensitivity', writeDesign({ morris: { trajectories: 2, levels: 3, parameters: [
      { name: 'a', path: '/digital/skillThreshold', min: 0.2, max: 0.5, distribution: 'triangular' },
      { name: 'b', path: '/digital/coverage/rural', min: 0.6, max: 1, mode: 0.8 },
      { name: 'c', path: '/participation/temperature', min: 0, max: 1, distribution: 'logUniform' },
    ] } }), '--out', dir]);
    expect(r.status).toBe(2);
    noStack(r.stderr);
    expect(r.stderr).toMatch(/at \/sweep\/morris\/levels\n\s+expected: a value that must be multiple of 2/);
    expect(r.stderr).toMatch(/at \/sweep\/morris\/parameters\/0\/mode\n\s+expected: the field "mode" \(the distribution is "triangular"\)/);
    expect(r.stderr).toMatch(/at \/sweep\/morris\/parameters\/1\/mode\n\s+expected: no "mode" with the distribution "uniform"/);
    expect(r.stderr).toMatch(/at \/sweep\/morris\/parameters\/2\/min\n\s+expected: a number above 0/);
    expect(r.stderr).toMatch(/hint:/);
  });

  it('maps a sampled value the scenario rejects to the parameter that set it', () => {
    const r = ronghe(['sensitivity', writeDesign({ morris: { trajectories: 2, parameters: [{ name: 'coverage', path: '/digital/coverage/rural', min: 0.5, max: 1.5 }] } })]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/at \/sweep\/morris\/parameters\/0\n/);
    expect(r.stderr).toMatch(/Morris parameter "coverage" \(range 0\.5 to 1\.5\)/);
    noStack(r.stderr);
  });
});
