import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { displayPath } from '../../base/displayPath.ts';
import { runDesign, type DesignResult } from '../../api.ts';
import { FRONT_EXPERIMENT } from '../../output/names.ts';
import { EXIT_OK, EXIT_RUN_FAILED, EXIT_WAITING } from '../fail.ts';
import { resolveShard } from '../shard.ts';
import { defaultWorkers, interruptible } from '../interrupt.ts';
import { runProgress, type RunProgress } from '../progress.ts';
import type { Lang } from '../../base/lang.ts';
import { textTable } from '../../base/textTable.ts';
import { words } from '../words.ts';
import { reportAfter } from './report.ts';
import { builtinMetric } from '../../engine/metrics/builtins.ts';

export interface DesignArgs {
  file: string;
  workers?: number;
  out?: string;
  shard?: string;
  shards?: number;
  merge: boolean;
  fresh: boolean;
  quiet: boolean;
  lang: Lang;
  /** Write report.html when the design is done (not for a shard or a stop before the end). */
  report: boolean;
}

/**
 * `ronghe design FILE`: searches packages of levers under the file's constraints (NSGA-II), with a
 * progress bar per stage and a line per generation with the time left, re-evaluates the final
 * packages on fresh seeds, writes the report (unless `--no-report`), then prints the packages with
 * both estimates and where the results went.
 * Ctrl-C stops cleanly; the same command continues, reusing every run made.
 */
export async function designCommand(args: DesignArgs, command: string): Promise<number> {
  const workers = defaultWorkers(args.workers, availableParallelism());
  const { shard } = resolveShard(args.shard, args.shards, process.env);
  const w = words(args.lang);
  const say = (text: string) => args.quiet || process.stdout.write(text + '\n');
  let progress: RunProgress = { update() {}, stop() {} };
  const started = Date.now();
  const outcome = await interruptible(args.lang, (signal) =>
    runDesign(args.file, {
      workers,
      out: args.out,
      shard,
      mergeOnly: args.merge,
      fresh: args.fresh,
      command,
      signal,
      onStart: ({ dir, design }) => say(w.designing(displayPath(dir), workers, design.search.population, design.search.generations)),
      onStageStart: ({ stage, planned, pending }) => {
        if (stage === 'fresh') say(w.batchPlan(w.freshStage, planned, pending));
        progress.stop();
        progress = runProgress(pending, `design ${stage}`, args.quiet);
      },
      onRun: ({ done, failed }) => progress.update(done, failed),
      onGeneration: (g, of) => {
        progress.stop();
        const perGeneration = (Date.now() - started) / 1000 / (g.generation + 1);
        const left = g.generation < of ? w.minutesLeft(((of - g.generation) * perGeneration / 60).toFixed(1)) : '';
        say(w.designGeneration(g.generation, of, g.newPackages, g.frontSize, g.feasible, left));
      },
      // The report is built while the folder is still locked, so nothing changes under it.
      finish:
        args.report && shard === null
          ? (done) => {
              progress.stop();
              reportAfter(done.dir, args.lang);
            }
          : undefined,
    }),
    () => progress.stop(),
  );
  if (!outcome.done) return outcome.exitCode;
  const result = outcome.value;
  progress.stop();
  if (result.waiting !== null) {
    const { stage, reason, detail, failures } = result.waiting;
    if (failures > 0) process.stderr.write(w.designFailures(failures) + '\n');
    const where = displayPath(result.dir);
    process.stdout.write((reason === 'shard-done' ? w.designShardDone(stage, shard!.index, shard!.count, where) : w.designStageWaiting(stage, where, detail)) + '\n');
    return failures > 0 ? EXIT_RUN_FAILED : reason === 'shard-done' ? EXIT_OK : EXIT_WAITING;
  }
  if (!args.quiet) process.stdout.write('\n' + tables(result, args.lang));
  if (result.failures > 0) process.stderr.write(w.designFailures(result.failures) + '\n');
  process.stdout.write(w.designWritten(displayPath(result.dir), displayPath(join(result.dir, FRONT_EXPERIMENT))) + '\n');
  return result.failures > 0 ? EXIT_RUN_FAILED : EXIT_OK;
}

/** The search in one line, then the final packages with search and fresh estimates, then each package's levers. */
function tables(result: DesignResult, lang: Lang): string {
  const w = words(lang);
  const { design } = result;
  const hv = result.generations.map((g) => sig(g.hypervolume)).join(' → ');
  const head = w.designSummary(result.evaluations, result.packagesRun, result.runs, hv);
  if (result.packages.length === 0) return `${head}\n${w.noFeasible}\n`;
  const rows: string[][] = [[...w.frontHead, ...design.objectives.flatMap((o) => [w.searchCol(o.name), w.freshCol(o.name)])]];
  for (const p of result.packages) {
    const cells = [p.id, w.plannedCost(p.plan.total)];
    design.objectives.forEach((o, k) => {
      const f = p.fresh?.[k];
      const show = builtinMetric(o.metric)?.family.unit === 'yuan' ? w.plannedCost : sig;
      cells.push(show(p.search[k].value), f === undefined ? '–' : `${show(f.value)} (${signed(f.diff, show)} [${show(f.diffLow)}, ${show(f.diffHigh)}])`);
    });
    rows.push(cells);
  }
  const levers = result.packages.map((p) => `  ${p.id}  ${p.description}`).join('\n');
  return `${head}\n${w.frontTitle(result.packages.length, design.reevaluation.replications)}\n${textTable(rows, 1)}\n${w.leversTitle}\n${levers}\n`;
}

function sig(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(3))) : '–';
}

function signed(v: number, show: (v: number) => string): string {
  return Number.isFinite(v) ? `${v > 0 ? '+' : ''}${show(v)}` : '–';
}
