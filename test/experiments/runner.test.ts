import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exited, manifestOf, ronghe, rongheInBackground, runFiles, sameContents, until, writeTinyExperiment } from './tiny.ts';

const noStack = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
const out = () => join(mkdtempSync(join(tmpdir(), 'ronghe-out-')), 'results');

describe('ronghe experiment', () => {
  const file = writeTinyExperiment();
  let reference: string;

  beforeAll(() => {
    reference = out();
    const r = ronghe(['experiment', file, '--out', reference, '--workers', '2']);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/error|warn/i);
  });

  it('writes one file per run, the tidy tables and a manifest with every seed and digest', () => {
    expect(runFiles(reference).sort()).toEqual(['baseline/p0-r0.json', 'baseline/p0-r1.json', 'baseline/p0-r2.json', 'partner/p0-r0.json', 'partner/p0-r1.json', 'partner/p0-r2.json']);
    for (const name of ['runs.csv', 'arms.csv', 'contrasts.csv', 'series/baseline.csv', 'series/partner.csv']) expect(existsSync(join(reference, name)), name).toBe(true);
    const manifest = manifestOf(reference);
    expect(manifest.status).toBe('complete');
    expect(manifest.runs).toHaveLength(6);
    for (const run of manifest.runs) expect(run.digest).toMatch(/^[0-9a-f]{64}$/);
    // Common random numbers: replicate r has one seed in both arms, and replicates differ.
    const seed = (id: string) => manifest.runs.find((r: any) => r.id === id).seed;
    for (const r of [0, 1, 2]) expect(seed(`partner/p0-r${r}`)).toBe(seed(`baseline/p0-r${r}`));
    expect(new Set([0, 1, 2].map((r) => seed(`baseline/p0-r${r}`))).size).toBe(3);
    expect(existsSync(join(reference, '.lock'))).toBe(false);
  });

  it('gives byte-identical results with 1 worker and with 2', () => {
    const one = out();
    expect(ronghe(['experiment', file, '--out', one, '--workers', '1', '--quiet']).status).toBe(0);
    const same = sameContents(reference, one);
    expect(same.differences).toEqual([]);
    expect(same.files).toBeGreaterThan(10);
    expect(manifestOf(one).workers).toBe(1);
    expect(manifestOf(reference).workers).toBe(2);
  });

  it('gives byte-identical results when runs finish out of plan order (arms of very different cost)', () => {
    // The first arm's runs take several times longer, so with 2 workers the cheap arm's runs finish first.
    const uneven = writeTinyExperiment({ arms: [{ name: 'big', overrides: { '/county/residents': 8000 } }, { name: 'small' }] });
    const one = out();
    const two = out();
    expect(ronghe(['experiment', uneven, '--out', one, '--workers', '1', '--quiet']).status).toBe(0);
    expect(ronghe(['experiment', uneven, '--out', two, '--workers', '2', '--quiet']).status).toBe(0);
    expect(sameContents(one, two).differences).toEqual([]);
  });

  it('continues after kill -9 and ends byte-identical to an uninterrupted run', async () => {
    const bigger = writeTinyExperiment({ replications: 8 });
    const full = out();
    expect(ronghe(['experiment', bigger, '--out', full, '--quiet']).status).toBe(0);
    const dir = out();
    const child = rongheInBackground(['experiment', bigger, '--out', dir, '--workers', '1', '--quiet']);
    await until(() => runFiles(dir).length >= 3);
    child.kill('SIGKILL');
    expect((await exited(child)).signal).toBe('SIGKILL');
    const kept = runFiles(dir).length;
    expect(kept).toBeGreaterThanOrEqual(3);
    expect(kept).toBeLessThan(16);
    expect(manifestOf(dir).status).toBe('running');
    expect(existsSync(join(dir, '.lock'))).toBe(true); // left behind by the killed process
    // A half-written run file from a killed writer must never be read as a result.
    const partial = join(dir, 'runs', 'partner', 'p0-r7.json.tmp-999999-1');
    mkdirSync(dirname(partial), { recursive: true });
    writeFileSync(partial, '{"run": "partner/p0-r7", "summ');
    // ... nor a half-written table or manifest (a kill while summarising)
    const tables = [join(dir, 'arms.csv.tmp-999999-0'), join(dir, 'manifest.json.tmp-999999-0')];
    for (const t of tables) writeFileSync(t, 'arm,point');
    const resumed = ronghe(['experiment', bigger, '--out', dir, '--workers', '2']);
    expect(resumed.status).toBe(0);
    expect(resumed.stdout).toMatch(new RegExp(`16 runs planned, ${16 - kept} to run`));
    expect(resumed.stdout).toMatch(new RegExp(`${kept} reused`));
    expect(existsSync(partial)).toBe(false);
    for (const t of tables) expect(existsSync(t)).toBe(false);
    expect(sameContents(full, dir).differences).toEqual([]);
    expect(manifestOf(dir).runs.map((r: any) => r.digest)).toEqual(manifestOf(full).runs.map((r: any) => r.digest));
  });

  it('stops cleanly on Ctrl-C: exit 130, finished runs kept, lock released', async () => {
    const bigger = writeTinyExperiment({ replications: 200 });
    const dir = out();
    const child = rongheInBackground(['experiment', bigger, '--out', dir, '--workers', '1']);
    let said = '';
    child.stdout!.on('data', (chunk) => (said += chunk));
    await until(() => runFiles(dir).length >= 2);
    child.kill('SIGINT');
    expect((await exited(child)).code).toBe(130);
    expect(said).toMatch(/Stopped: finished runs are kept; rerun the same command to continue/);
    expect(existsSync(join(dir, '.lock'))).toBe(false);
    expect(manifestOf(dir).status).toBe('running');
    expect(runFiles(dir).length).toBeGreaterThanOrEqual(2);
  });

  it('refuses a second process on the same folder while the first runs', async () => {
    const bigger = writeTinyExperiment({ replications: 200 }); // far more than run before it is stopped
    const dir = out();
    const first = rongheInBackground(['experiment', bigger, '--out', dir, '--workers', '1', '--quiet']);
    await until(() => runFiles(dir).length >= 1);
    const second = ronghe(['experiment', bigger, '--out', dir]);
    first.kill('SIGKILL');
    await exited(first);
    expect(second.status).toBe(2);
    expect(second.stderr).toContain(`process ${first.pid}`);
    expect(second.stderr).toMatch(/is working in this folder/);
    expect(second.stderr).toMatch(/hint:/);
    noStack(second.stderr);
  });

  it('never mixes experiments in one folder: refuses, or starts over with --fresh', () => {
    const dir = out();
    expect(ronghe(['experiment', file, '--out', dir, '--quiet']).status).toBe(0);
    const other = writeTinyExperiment({ seed: 8 });
    const refused = ronghe(['experiment', other, '--out', dir]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/different experiment: the experiment differs in "seed"/);
    expect(refused.stderr).toMatch(/--fresh/);
    noStack(refused.stderr);
    expect(sameContents(reference, dir).differences).toEqual([]); // untouched
    const fresh = ronghe(['experiment', other, '--out', dir, '--fresh', '--quiet']);
    expect(fresh.status).toBe(0);
    expect(manifestOf(dir).experiment.seed).toBe(8);
    expect(sameContents(reference, dir).equal).toBe(false);
  });

  it('refuses to write into a folder of something else', () => {
    const dir = out();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'thesis.docx'), 'precious');
    const r = ronghe(['experiment', file, '--out', dir, '--fresh']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no experiment manifest/);
    expect(readFileSync(join(dir, 'thesis.docx'), 'utf8')).toBe('precious');
  });

  it('adds replicates to a folder without rerunning or changing the existing runs', () => {
    const dir = out();
    expect(ronghe(['experiment', file, '--out', dir, '--replications', '2', '--quiet']).status).toBe(0);
    const before = manifestOf(dir).runs;
    const more = ronghe(['experiment', file, '--out', dir, '--replications', '3']);
    expect(more.status).toBe(0);
    expect(more.stdout).toMatch(/6 runs planned, 2 to run/);
    const after = manifestOf(dir).runs;
    for (const run of before) expect(after.find((r: any) => r.id === run.id)).toEqual(run);
    expect(sameContents(reference, dir).differences).toEqual([]);
  });

  it('runs again a damaged run file, and run files of another experiment, instead of trusting them', () => {
    const dir = out();
    expect(ronghe(['experiment', file, '--out', dir, '--quiet']).status).toBe(0);
    writeFileSync(join(dir, 'runs', 'baseline', 'p0-r1.json'), '{"run": "baseline/p0-r1", "se'); // truncated by a crash
    const damaged = ronghe(['experiment', file, '--out', dir]);
    expect(damaged.status).toBe(0);
    expect(damaged.stderr).toMatch(/1 run file was damaged or not this experiment's and will be run again: baseline\/p0-r1/);
    expect(damaged.stdout).toMatch(/6 runs planned, 1 to run/);
    expect(sameContents(reference, dir).differences).toEqual([]);
    // The runs of this experiment, without their manifest, offered to a different experiment with the same seeds.
    const other = writeTinyExperiment({ arms: [{ name: 'baseline' }, { name: 'partner', interventions: [{ kind: 'partnerMechanism', start: 0.25, params: { partnersPerGrid: 9 } }] }] });
    rmSync(join(dir, 'manifest.json'));
    const foreign = ronghe(['experiment', other, '--out', dir]);
    expect(foreign.status).toBe(0);
    expect(foreign.stderr).toMatch(/3 run files were damaged or not this experiment's/); // the partner arm's runs
    expect(foreign.stdout).toMatch(/6 runs planned, 3 to run/); // baseline runs are the same scenario and seed
  });

  it('keeps the user\'s own files on --fresh, and deletes only what ronghe wrote', () => {
    const dir = out();
    expect(ronghe(['experiment', file, '--out', dir, '--quiet']).status).toBe(0);
    writeFileSync(join(dir, 'analysis.R'), 'read.csv("arms.csv")');
    expect(ronghe(['experiment', file, '--out', dir, '--fresh', '--quiet']).status).toBe(0);
    expect(readFileSync(join(dir, 'analysis.R'), 'utf8')).toBe('read.csv("arms.csv")');
    expect(sameContents(reference, dir).differences).toEqual(['only in ' + dir + ': analysis.R']);
  });

  it('rejects bad flags as bad input', () => {
    for (const args of [['--workers', '0'], ['--replications', '1.5'], ['--shard', '2/2'], ['--shard', 'x'], ['--shards', '3'], ['--shard', '0/2', '--shards', '3']]) {
      const r = ronghe(['experiment', file, ...args]);
      expect(r.status, args.join(' ')).toBe(2);
      noStack(r.stderr);
    }
  });
});
