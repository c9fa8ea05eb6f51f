/**
 * `mergeShards`: combines the shards of an experiment (run on several machines or as a Slurm job
 * array) into one experiment folder, after checking they belong together and are complete. The
 * summaries are then computed exactly as for a single-machine run, so they are byte-identical.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import { InputError, type InputIssue } from '../../base/errors.ts';
import { aggregate, summaryFiles } from '../analysis/aggregate.ts';
import { openFolder } from './folder.ts';
import { readManifest, writeManifest, type ExperimentManifest } from '../../output/experimentManifest.ts';
import { planRuns, shardOf } from '../design/plan.ts';
import { digestOf } from '../../output/runFile.ts';
import { RUNS_DIR, SHARDS_DIR } from '../../output/names.ts';

export interface MergeResult {
  dir: string;
  manifest: ExperimentManifest;
  shards: number;
  runs: number;
}

/**
 * @param dirs - shard folders, or experiment folders holding `shards/<i>-of-<n>/`
 * @param out - the merged experiment folder; default: the folder the shards sit in
 * @param finish - called at the end while the merged folder is still locked
 * @throws {InputError} when shards are missing, incomplete, from different experiments or plans
 */
export function mergeShards(dirs: readonly string[], out: string | undefined, command: string, finish?: (result: MergeResult) => void): MergeResult {
  const shardDirs = dirs.flatMap(expand);
  const manifests = shardDirs.map((dir) => ({ dir, manifest: readManifest(dir) }));
  const issues: InputIssue[] = [];
  for (const { dir, manifest } of manifests) {
    if (manifest === null) issues.push(issue(dir, 'a shard folder with a manifest.json written by ronghe experiment --shard', 'no experiment manifest', 'Name the shard folders (…/shards/<i>-of-<n>) or the experiment folder holding them.'));
    else if (manifest.shard === null) issues.push(issue(dir, 'a shard folder', 'an unsharded experiment folder', 'It needs no merging; its summaries are already written.'));
  }
  if (issues.length > 0) throw new InputError('ronghe merge', issues, 'shard set');
  const shards = manifests as { dir: string; manifest: ExperimentManifest }[];
  const first = shards[0].manifest;
  for (const { dir, manifest } of shards) {
    if (manifest.identity.hash !== first.identity.hash) issues.push(issue(dir, `a shard of experiment ${first.identity.hash.slice(0, 8)} (as ${shards[0].dir})`, `a shard of experiment ${manifest.identity.hash.slice(0, 8)}`, 'Merge only shards of the same experiment file, base scenario and engine version.'));
    else if (manifest.shard!.count !== first.shard!.count) issues.push(issue(dir, `one of ${first.shard!.count} shards`, `one of ${manifest.shard!.count} shards`, 'All shards must be run with the same shard count.'));
    else if (manifest.experiment.replications !== first.experiment.replications) issues.push(issue(dir, `${first.experiment.replications} replications`, `${manifest.experiment.replications}`, 'Run every shard with the same --replications.'));
  }
  if (issues.length > 0) throw new InputError('ronghe merge', issues, 'shard set');
  const count = first.shard!.count;
  const byIndex = new Map<number, { dir: string; manifest: ExperimentManifest }>();
  for (const shard of shards) {
    const other = byIndex.get(shard.manifest.shard!.index);
    if (other !== undefined && resolve(other.dir) !== resolve(shard.dir)) issues.push(issue(shard.dir, `shard ${shard.manifest.shard!.index} once`, `also in ${other.dir}`, 'Name each shard once.'));
    byIndex.set(shard.manifest.shard!.index, shard);
  }
  for (let i = 0; i < count; i++) {
    const shard = byIndex.get(i);
    if (shard === undefined) issues.push(issue(`shard ${i} of ${count}`, 'present', 'missing', `Run it (${commandFor(shards[0].manifest, i, count)}; under Slurm: sbatch --array=${i} with --shards ${count}, see experiments/slurm/README.md) and merge again.`));
    else if (shard.manifest.status !== 'shard-complete') {
      const failed = shard.manifest.failures.map((f) => `${f.id}: ${f.error}`).slice(0, 5).join('; ');
      issues.push(issue(shard.dir, 'a finished shard with every run done', `status "${shard.manifest.status}"${failed ? ` (failed: ${failed})` : ''}`, `Rerun that shard's command (it continues where it stopped): ${shard.manifest.command || `ronghe experiment ${first.experimentFile} --shard ${i}/${count}`}`));
    }
  }
  if (issues.length > 0) throw new InputError('ronghe merge', issues, 'shard set');

  const dir = resolve(out ?? commonParent(shards.map((s) => s.dir)));
  const now = new Date();
  const { lock } = openFolder(dir, { identity: first.identity, experiment: first.experiment }, false, now);
  try {
    const runs = planRuns(first.experiment, first.points);
    // a merge killed half-way leaves a folder of this experiment, which merging again completes
    writeManifest(dir, { ...first, status: 'running', command, shard: null, startedAt: now.toISOString(), finishedAt: null, wallSeconds: null, files: [], runs: [], failures: [] });
    let copied = 0;
    for (const run of runs) {
      const shard = byIndex.get(shardOf(run, count))!;
      const listed = shard.manifest.runs.find((r) => r.id === run.id);
      const source = join(shard.dir, RUNS_DIR, `${run.id}.json`);
      if (listed === undefined || listed.seed !== run.seed || !existsSync(source)) throw new InputError('ronghe merge', [issue(shard.dir, `run ${run.id} (seed ${run.seed})`, 'missing', 'Rerun that shard: it continues where it stopped.')], 'shard set');
      const text = readFileSync(source);
      if (listed.digest !== null && digestOf(text) !== listed.digest) throw new InputError('ronghe merge', [issue(source, `the run file recorded in the shard's manifest (digest ${listed.digest.slice(0, 12)})`, `a file with digest ${digestOf(text).slice(0, 12)}`, 'The file changed after the shard finished; rerun that shard with --fresh.')], 'shard set');
      const target = join(dir, RUNS_DIR, `${run.id}.json`);
      mkdirSync(dirname(target), { recursive: true });
      const tmp = `${target}.tmp-${process.pid}-${threadId}`;
      copyFileSync(source, tmp);
      renameSync(tmp, target);
      copied++;
    }
    const aggregated = aggregate(dir, first.experiment, first.points, runs);
    const finishedAt = new Date();
    const startedAt = shards.map((s) => s.manifest.startedAt).sort()[0];
    const manifest: ExperimentManifest = {
      ...first,
      status: aggregated.missing.length === 0 ? 'complete' : 'incomplete',
      command,
      shard: null,
      workers: shards.reduce((sum, s) => sum + s.manifest.workers, 0),
      startedAt,
      finishedAt: finishedAt.toISOString(),
      wallSeconds: (finishedAt.getTime() - Date.parse(startedAt)) / 1000,
      files: summaryFiles(first.experiment),
      runs: runs.map((run) => ({ id: run.id, arm: run.arm, point: run.point, replicate: run.replicate, seed: run.seed, digest: aggregated.digests.get(run.id) ?? null })),
      failures: [],
      merged: [...byIndex.values()].map(({ manifest: m }) => ({ shard: m.shard!, startedAt: m.startedAt, finishedAt: m.finishedAt, gitCommit: m.gitCommit, node: m.node, workers: m.workers })),
    };
    writeManifest(dir, manifest);
    const result = { dir, manifest, shards: count, runs: copied };
    finish?.(result); // still locked: e.g. a report built from the folder sees it whole
    return result;
  } finally {
    lock.release();
  }
}

/** The command that runs shard `index` of `count`: a present shard's own command, re-indexed. */
function commandFor(manifest: ExperimentManifest, index: number, count: number): string {
  const command = manifest.command || `ronghe experiment ${manifest.experimentFile}`;
  return /--shard[ =]\S+/.test(command) ? command.replace(/--shard[ =]\S+/, `--shard ${index}/${count}`) : `${command} --shard ${index}/${count}`;
}

/** A shard folder as given, or the shard folders inside an experiment folder. */
function expand(dir: string): string[] {
  const inside = join(dir, SHARDS_DIR);
  if (existsSync(inside) && readManifest(dir)?.shard == null) {
    return readdirSync(inside).filter((name) => /^\d+-of-\d+$/.test(name)).sort((a, b) => parseInt(a) - parseInt(b)).map((name) => join(inside, name));
  }
  return [dir];
}

/** The experiment folder of shards at `<dir>/shards/<i>-of-<n>`, if they all share one. */
function commonParent(shardDirs: string[]): string {
  const parents = new Set(shardDirs.map((d) => resolve(d, '..', '..')));
  const inShards = shardDirs.every((d) => basename(resolve(d, '..')) === SHARDS_DIR);
  if (parents.size === 1 && inShards) return [...parents][0];
  throw new InputError('ronghe merge', [issue('--out', 'a folder for the merged results', 'shards in different places', 'Give the merged folder with --out.')], 'shard set');
}

/** A problem with one of the folders (named in its block) or with the set as a whole. */
function issue(where: string, expected: string, found: string, hint: string): InputIssue {
  return { path: '', file: where, expected, found, hint };
}
