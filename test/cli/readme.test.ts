import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './run-cli.ts';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

it('has a Quick start of exactly two commands: install + main job, install + tests', () => {
  const block = readme.split('## Quick start')[1].split('```sh')[1].split('```')[0];
  const commands = block.trim().split('\n').map((l) => l.split('#')[0].trim());
  expect(commands).toEqual(['npm ci && npm start', 'npm ci && npm test']);
  expect(pkg.scripts.start).toBeDefined();
  expect(pkg.scripts.test).toBeDefined();
});

it('runs the main job (`npm start`: the flagship experiment) and prints where the results went', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'ronghe-start-')), 'start');
  // Fewer replications and one year keep the test short; the command is the one `npm start` runs.
  const r = spawnSync('npm', ['start', '--silent', '--', '--out', out, '--replications', '2', '--years', '1'], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toContain(`Results written to ${out}`);
  expect(r.stdout).toMatch(/Diff vs baseline/);
  for (const f of ['manifest.json', 'runs.csv', 'arms.csv', 'contrasts.csv', 'series/combined.csv']) expect(existsSync(join(out, f)), f).toBe(true);
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
  expect(manifest.status).toBe('complete');
  expect(manifest.experiment.name).toBe('levers');
  expect(manifest.runs).toHaveLength(manifest.experiment.arms.length * 2);
  expect(manifest.experiment.arms.length).toBeGreaterThanOrEqual(8);
});
