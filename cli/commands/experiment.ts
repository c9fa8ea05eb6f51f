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
  const say = (zh: string, en: string) => process.stdout.write((args.lang === 'zh' ? zh : en) + '\n');
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
          process.stderr.write(args.lang === 'zh' ? `${discarded.length} 个运行文件已损坏或不属于本实验,将重新运行:${list}\n` : `${discarded.length} run file${discarded.length === 1 ? ' was' : 's were'} damaged or not this experiment's and will be run again: ${list}\n`);
        }
        if (!args.quiet) {
          const part = shard === null ? '' : args.lang === 'zh' ? `分片 ${shard.index}/${shard.count}(${source}),` : `shard ${shard.index}/${shard.count} (${source}), `;
          say(`${part}共 ${planned} 次运行,待运行 ${pending} 次,${used} 个线程 → ${displayPath(dir)}`, `${part}${planned} runs planned, ${pending} to run on ${used} worker${used === 1 ? '' : 's'} → ${displayPath(dir)}`);
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
  if (shard === null) say(`结果已写入 ${where}(${result.planned} 次运行,其中 ${result.reused} 次沿用此前结果)`, `Results written to ${where} (${result.planned} runs, ${result.reused} reused from an earlier attempt)`);
  else say(`分片结果已写入 ${where};全部分片完成后运行 ronghe merge 汇总`, `Shard results written to ${where}; when every shard is done, run: ronghe merge ${displayPath(result.dir.replace(/\/shards\/[^/]+$/, ''))}`);
  return EXIT_OK;
}

/** Key results: mean [95% CI] per arm and outcome, and the paired difference vs the baseline. */
function headlineTable(rows: readonly Headline[], baseline: string, lang: Lang): string {
  const head = lang === 'zh' ? ['方案', '指标', '均值', '95% 置信区间', `与${baseline}之差`, '差的 95% 置信区间', '改善概率'] : ['Arm', 'Outcome', 'Mean', '95% CI', `Diff vs ${baseline}`, 'Diff 95% CI', 'P(improve)'];
  const table = [head];
  for (const r of rows) {
    const c = r.vsBaseline;
    table.push([r.arm, metricLabel(r.metric, lang), fmt(r.mean), `${fmt(r.ciLow)} – ${fmt(r.ciHigh)}`, c ? fmt(c.meanDiff) : '', c ? `${fmt(c.ciLow)} – ${fmt(c.ciHigh)}` : '', c ? fmt(c.pImprove) : '']);
  }
  return textTable(table, 2);
}

function failureSummary(result: ExperimentResult, lang: Lang): string {
  const n = result.failures.length;
  const lines = [lang === 'zh' ? `${n} 次运行失败(其余 ${result.planned - n} 次已完成;汇总只含成功的运行):` : `${n} run${n === 1 ? '' : 's'} failed (the other ${result.planned - n} finished; summaries cover the runs that succeeded):`];
  for (const f of result.failures.slice(0, FAILURES_SHOWN)) lines.push(`  ${f.id} (seed ${f.seed}): ${f.error}`, `    ${lang === 'zh' ? '单独重跑' : 'rerun alone'}: ${f.rerun}`);
  if (n > FAILURES_SHOWN) lines.push(`  … ${n - FAILURES_SHOWN} more in ${displayPath(result.dir)}/manifest.json`);
  lines.push(lang === 'zh' ? '修复后重新执行同一命令,只会重跑失败的运行。' : 'After fixing the cause, rerun the same command: only the failed runs run again.');
  return lines.join('\n') + '\n';
}
