/**
 * A tiny experiment for end-to-end tests of the experiment commands: 2 arms x 3 replicates on a
 * 2,000-resident county for one year (each run takes a fraction of a second), written to a
 * temporary folder; plus helpers to run the real CLI and compare result folders.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { smallJson } from '../fixtures.ts';
import { ROOT } from '../cli/run-cli.ts';

export interface TinyOptions {
  replications?: number;
  seed?: number;
  arms?: unknown[];
  sweep?: unknown;
}

/** Writes base.json and tiny.json into a new temporary folder; returns the experiment file. */
export function writeTinyExperiment(options: TinyOptions = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'ronghe-exp-'));
  const base = smallJson();
  base.county.residents = 2000;
  base.years = 1;
  writeFileSync(join(dir, 'base.json'), JSON.stringify(base));
  const experiment = {
    name: 'tiny',
    scenario: 'base.json',
    replications: options.replications ?? 3,
    seed: options.seed ?? 7,
    recordEvery: 'quarter',
    arms: options.arms ?? [
      { name: 'baseline', labels: { zh: '基线', en: 'Baseline' } },
      { name: 'partner', interventions: [{ kind: 'partnerMechanism', start: 0.25, params: { partnersPerGrid: 5 }, cost: { fixed: 50000, perYear: 300000 } }] },
    ],
    ...(options.sweep === undefined ? {} : { sweep: options.sweep }),
    outcomes: ['participation', 'report_rate', 'gap_participation', 'resolution_days_mean'],
  };
  const file = join(dir, 'tiny.json');
  writeFileSync(file, JSON.stringify(experiment, null, 2));
  return file;
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `ronghe` command to completion. */
export function ronghe(args: string[], env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, ['cli/bin.js', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the real `ronghe` command without waiting for it. */
export function rongheInBackground(args: string[]): ChildProcess {
  return spawn(process.execPath, ['cli/bin.js', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
}

/** Exit of a background process (its code, or the signal that ended it). */
export function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
}

/**
 * Resolves once `condition()` holds, checking every 20 ms; rejects after `limitMs`. Waiting for a
 * condition, not for time: nothing is asserted about how long it took.
 */
export function until(condition: () => boolean, limitMs = 60_000): Promise<void> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const check = () => {
      if (condition()) resolve();
      else if (Date.now() - start > limitMs) reject(new Error('condition not met in time'));
      else setTimeout(check, 20);
    };
    check();
  });
}

/** Run files present under `<dir>/runs`. */
export function runFiles(dir: string): string[] {
  try {
    return (readdirSync(join(dir, 'runs'), { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
}

/**
 * Every file of a results folder (relative path -> bytes), except those outside the byte-identity
 * promise: the manifest (timestamps, provenance), the report (it shows the manifest), the lock and
 * the shards' own folders.
 */
export function folderContents(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      const rel = relative(dir, path);
      if (rel === 'manifest.json' || rel === 'report.html' || rel === '.lock' || rel === 'shards') continue;
      if (statSync(path).isDirectory()) walk(path);
      else out.set(rel, readFileSync(path));
    }
  };
  walk(dir);
  return out;
}

/** Asserts two folders hold the same files with the same bytes; returns the file count. */
export function sameContents(a: string, b: string): { equal: boolean; differences: string[]; files: number } {
  const x = folderContents(a);
  const y = folderContents(b);
  const differences: string[] = [];
  for (const [name, bytes] of x) if (!y.has(name)) differences.push(`only in ${a}: ${name}`);
  else if (!bytes.equals(y.get(name)!)) differences.push(`differs: ${name}`);
  for (const name of y.keys()) if (!x.has(name)) differences.push(`only in ${b}: ${name}`);
  return { equal: differences.length === 0, differences, files: x.size };
}

export function manifestOf(dir: string): any {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
}
