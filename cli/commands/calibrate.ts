import { availableParallelism } from 'node:os';
import { displayPath } from '../../base/displayPath.ts';
import { runCalibration, type CalibrationResult } from '../../api.ts';
import { EXIT_OK, EXIT_RUN_FAILED } from '../fail.ts';
import { defaultWorkers, interruptible } from '../interrupt.ts';
import { runProgress, type RunProgress } from '../progress.ts';
import type { Lang } from '../../base/lang.ts';
import { textTable } from '../../base/textTable.ts';
import { words } from '../words.ts';

export interface CalibrateArgs {
  file: string;
  workers?: number;
  out?: string;
  fresh: boolean;
  quiet: boolean;
  lang: Lang;
}

/**
 * `ronghe calibrate FILE`: fits the file's parameters to its targets (APMC), with a progress bar
 * per generation, then prints the posterior, the fit per target and where the calibrated
 * scenario went. Ctrl-C stops cleanly; the same command continues, reusing every run made.
 */
export async function calibrateCommand(args: CalibrateArgs, command: string): Promise<number> {
  const workers = defaultWorkers(args.workers, availableParallelism());
  const w = words(args.lang);
  const say = (text: string) => args.quiet || process.stdout.write(text + '\n');
  let progress: RunProgress = { update() {}, stop() {} };
  let announced = false;
  const outcome = await interruptible(args.lang, (signal) =>
    runCalibration(args.file, {
      workers,
      out: args.out,
      fresh: args.fresh,
      command,
      signal,
      onBatchStart: ({ dir, batch, planned, pending, workers: used }) => {
        if (!announced) say(w.calibrating(displayPath(dir.replace(/\/(generations\/[^/]+|check)$/, '')), used));
        announced = true;
        const what = batch === 'check' ? w.checkingCalibrated : w.generation(batch.slice(1));
        say(w.batchPlan(what, planned, pending));
        progress.stop();
        progress = runProgress(pending, `calibrate ${batch}`, args.quiet);
      },
      onRun: ({ done, failed }) => progress.update(done, failed),
      onGeneration: (g) => {
        progress.stop();
        say(w.generationDone(sig(g.tolerance), pct(g.acceptance), sig(g.ess), g.kept));
      },
    }),
    () => progress.stop(),
  );
  if (!outcome.done) return outcome.exitCode;
  const result = outcome.value;
  progress.stop();
  if (!args.quiet) process.stdout.write('\n' + tables(result, args.lang));
  if (result.failures > 0) process.stderr.write(w.calibrationFailures(result.failures) + '\n');
  process.stdout.write(w.calibrationWritten(displayPath(result.dir), displayPath(result.scenarioFile)) + '\n');
  return result.failures > 0 ? EXIT_RUN_FAILED : EXIT_OK;
}

function tables(result: CalibrationResult, lang: Lang): string {
  const w = words(lang);
  const post = [w.posteriorHead];
  result.posterior.forEach((p, i) => {
    const prior = result.calibration.parameters[i]!;
    post.push([p.name, p.path, `${sig(prior.min)} – ${sig(prior.max)}`, sig(p.mean), sig(p.sd), `${sig(p.q025)} – ${sig(p.q975)}`]);
  });
  const fit = [w.fitHead];
  for (const t of result.fit) fit.push([t.name, sig(t.observed), `${sig(t.scale)} ${t.scaleKind === 'sd' ? 'sd' : 'tol'}`, sig(t.checkMean), `${sig(t.checkLow)} – ${sig(t.checkHigh)}`, sig(t.z), t.fits ? w.yes : w.no]);
  const runs = result.generations.reduce((n, g) => n + g.runs, 0);
  const head = w.posteriorTitle(result.generations.length, runs);
  return `${head}\n${textTable(post, 2)}\n${w.fitTitle}\n${textTable(fit, 1)}\n${fewParticles(result, lang)}`;
}

/** Below this share of the kept particles, the effective sample size is worth a warning. */
const FEW_PARTICLES = 0.2;

/** A warning when a few particles carry most of the posterior weight; empty otherwise. */
function fewParticles(result: CalibrationResult, lang: Lang): string {
  const last = result.generations[result.generations.length - 1];
  if (!last || last.ess >= FEW_PARTICLES * last.kept) return '';
  return words(lang).fewParticles(sig(last.ess), last.kept) + '\n';
}

function sig(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(3))) : '–';
}

function pct(v: number): string {
  return `${Math.round(v * 100)}%`;
}
