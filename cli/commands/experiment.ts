import { availableParallelism } from 'node:os';
import { metricLabel } from '../../engine/metrics/labels.ts';
import type { Headline } from '../../experiments/analysis/aggregate.ts';
import { runExperiment, type ExperimentResult } from '../../api.ts';
import { EXIT_OK, EXIT_RUN_FAILED } from '../fail.ts';
import { defaultWorkers, interruptible } from '../interrupt.ts';
import { runProgress, type RunProgress } from '../progress.ts';
import { resolveShard } from '../shard.ts';
import type { Lang } from '../../base/lang.ts';
import { fmt, textTable } from '../../base/textTable.ts';
import { reportAfter } from './report.ts';
import { displayPath } from '../../base/displayPath.ts';
import { words } from '../words.ts';

export interface ExperimentArgs {
  file: string;
  workers?: number;
  replications?: number;
  scenario?: string;
  years?: number;
  out?: string;
  shard?: string;
  shards?: number;
  fresh: boolean;
  quiet: boolean;
  lang: Lang;
  /** Write report.html at the end (not for a shard, which has no summaries). */
  report: boolean;
}

/** Failures listed in full; the rest are counted (all are in the manifest). */
const FAILURES_SHOWN = 10;

/**
 * `ronghe experiment FILE`: runs (or continues) an experiment on a worker pool, then prints the
 * key results and where they are. Ctrl-C stops it cleanly: finished runs are kept and the same
 * command continues.
 * @param after - prints more results of a whole (unsharded) experiment, e.g. sensitivity indices
 */
export async function experimentCommand(args: ExperimentArgs, command: string, after?: (result: ExperimentResult) => void): Promise<number> {
  const { shard, source } = resolveShard(args.shard, args.shards, process.env);
  const workers = defaultWorkers(args.workers, availableParallelism());
  let progress: RunProgress = { update() {}, stop() {} };
  const w = words(args.lang);
  const say = (text: string) => process.stdout.write(text + '\n');
  const outcome = await interruptible(args.lang, (signal) =>
    runExperiment(args.file, {
      workers,
      replications: args.replications,
      scenario: args.scenario,
      years: args.years,
      out: args.out,
      shard,
      fresh: args.fresh,
      command,
      signal,
      onStart: ({ dir, planned, pending, workers: used, discarded }) => {
        if (discarded.length > 0) {
          const list = discarded.slice(0, 5).join(', ') + (discarded.length > 5 ? ', …' : '');
          process.stderr.write(w.discardedRuns(discarded.length, list) + '\n');
        }
        if (!args.quiet) {
          const part = shard === null ? '' : w.shardPart(shard.index, shard.count, source);
          say(w.experimentStart(part, planned, pending, used, displayPath(dir)));
        }
        progress = runProgress(pending, 'ronghe', args.quiet);
      },
      onRun: ({ done, failed }) => progress.update(done, failed),
      // the report is built while the folder is still locked, so nothing changes under it
      finish:
        args.report && shard === null
          ? (finished) => {
              progress.stop();
              reportAfter(finished.dir, args.lang);
            }
          : undefined,
    }),
    () => progress.stop(),
  );
  if (!outcome.done) return outcome.exitCode;
  const result = outcome.value;
  progress.stop();
  if (!args.quiet && result.headline.length > 0) process.stdout.write('\n' + headlineTable(result.headline, result.manifest.experiment.baseline, args.lang) + '\n');
  if (!args.quiet && shard === null) after?.(result);
  if (result.failures.length > 0) {
    process.stderr.write(failureSummary(result, args.lang));
    return EXIT_RUN_FAILED;
  }
  const where = displayPath(result.dir);
  if (shard === null) say(w.experimentWritten(where, result.planned, result.reused));
  else say(w.shardWritten(where, displayPath(result.dir.replace(/\/shards\/[^/]+$/, ''))));
  return EXIT_OK;
}

/** Key results: mean [95% CI] per arm and outcome, and the paired difference vs the baseline. */
function headlineTable(rows: readonly Headline[], baseline: string, lang: Lang): string {
  const table = [words(lang).headlineHead(baseline)];
  for (const r of rows) {
    const c = r.vsBaseline;
    table.push([r.arm, metricLabel(r.metric, lang), fmt(r.mean), `${fmt(r.ciLow)} – ${fmt(r.ciHigh)}`, c ? fmt(c.meanDiff) : '', c ? `${fmt(c.ciLow)} – ${fmt(c.ciHigh)}` : '', c ? fmt(c.pImprove) : '']);
  }
  return textTable(table, 2);
}

function failureSummary(result: ExperimentResult, lang: Lang): string {
  const n = result.failures.length;
  const w = words(lang);
  const lines = [w.runsFailed(n, result.planned - n)];
  for (const f of result.failures.slice(0, FAILURES_SHOWN)) lines.push(`  ${f.id} (seed ${f.seed}): ${f.error}`, `    ${w.rerunAlone}: ${f.rerun}`);
  if (n > FAILURES_SHOWN) lines.push(`  … ${n - FAILURES_SHOWN} more in ${displayPath(result.dir)}/manifest.json`);
  lines.push(w.afterFixing);
  return lines.join('\n') + '\n';
}
