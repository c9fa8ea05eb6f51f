/**
 * `mergeShards`: combines the shards of an experiment (run on several machines or as a Slurm job
 * array) into one experiment folder, after checking they belong together and are complete. The
 * summaries are then computed exactly as for a single-machine run, so they are byte-identical.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import { errors, issues as shardIssues, type InputIssue } from '../../base/errors.ts';
import { aggregate, summaryFiles } from '../analysis/aggregate.ts';
import { openFolder } from './folder.ts';
import { readManifest, writeManifest, type ExperimentManifest } from '../../output/experimentManifest.ts';
import { planRuns, shardOf } from '../design/plan.ts';
import { digestOf } from '../../output/runFile.ts';
import { SHARDS_DIR, runFilePath } from '../../output/names.ts';

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
  const { shards, byIndex, count } = checkedShards(dirs);
  const first = shards[0].manifest;
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
      const source = join(shard.dir, runFilePath(run.id));
      if (listed === undefined || listed.seed !== run.seed || !existsSync(source)) throw errors.badShardSet([shardIssues.runMissing(shard.dir, run)]);
      const text = readFileSync(source);
      if (listed.digest !== null && digestOf(text) !== listed.digest) throw errors.badShardSet([shardIssues.runFileChanged(source, listed.digest, digestOf(text))]);
      const target = join(dir, runFilePath(run.id));
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

/** A shard folder and its manifest. */
interface ShardFolder {
  dir: string;
  manifest: ExperimentManifest;
}

/**
 * The shards of `dirs`, checked to be one complete set: every folder a finished shard of the same
 * experiment, split the same way, each index once.
 * @throws {InputError} with every problem found, one issue each
 */
function checkedShards(dirs: readonly string[]): { shards: ShardFolder[]; byIndex: Map<number, ShardFolder>; count: number } {
  const shardDirs = dirs.flatMap(expand);
  const manifests = shardDirs.map((dir) => ({ dir, manifest: readManifest(dir) }));
  const issues: InputIssue[] = [];
  for (const { dir, manifest } of manifests) {
    if (manifest === null) issues.push(shardIssues.notAShard(dir));
    else if (manifest.shard === null) issues.push(shardIssues.unsharded(dir));
  }
  if (issues.length > 0) throw errors.badShardSet(issues);
  const shards = manifests as ShardFolder[];
  const first = shards[0].manifest;
  for (const { dir, manifest } of shards) {
    if (manifest.identity.hash !== first.identity.hash) issues.push(shardIssues.otherExperiment(dir, { hash: first.identity.hash, dir: shards[0].dir }, manifest.identity.hash));
    else if (manifest.shard!.count !== first.shard!.count) issues.push(shardIssues.otherShardCount(dir, first.shard!.count, manifest.shard!.count));
    else if (manifest.experiment.replications !== first.experiment.replications) issues.push(shardIssues.otherReplications(dir, first.experiment.replications, manifest.experiment.replications));
  }
  if (issues.length > 0) throw errors.badShardSet(issues);
  const count = first.shard!.count;
  const byIndex = new Map<number, ShardFolder>();
  for (const shard of shards) {
    const other = byIndex.get(shard.manifest.shard!.index);
    if (other !== undefined && resolve(other.dir) !== resolve(shard.dir)) issues.push(shardIssues.shardTwice(shard.dir, shard.manifest.shard!.index, other.dir));
    byIndex.set(shard.manifest.shard!.index, shard);
  }
  for (let i = 0; i < count; i++) {
    const shard = byIndex.get(i);
    if (shard === undefined) issues.push(shardIssues.shardMissing(i, count, commandFor(shards[0].manifest, i, count)));
    else if (shard.manifest.status !== 'shard-complete') {
      const failed = shard.manifest.failures.map((f) => `${f.id}: ${f.error}`).slice(0, 5).join('; ');
      issues.push(shardIssues.shardUnfinished(shard.dir, shard.manifest.status, failed, shard.manifest.command || `ronghe experiment ${first.experimentFile} --shard ${i}/${count}`));
    }
  }
  if (issues.length > 0) throw errors.badShardSet(issues);
  return { shards, byIndex, count };
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
  throw errors.badShardSet([shardIssues.shardsScattered()]);
}
