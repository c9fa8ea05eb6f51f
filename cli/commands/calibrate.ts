import { availableParallelism } from 'node:os';
import { displayPath } from '../../base/displayPath.ts';
import { runCalibration, type CalibrationResult } from '../../api.ts';
import { EXIT_OK, EXIT_RUN_FAILED } from '../fail.ts';
import { defaultWorkers, interruptible } from '../interrupt.ts';
import { runProgress, type RunProgress } from '../progress.ts';
import type { Lang } from '../../base/lang.ts';
import { textTable } from '../../base/textTable.ts';

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
  const zh = args.lang === 'zh';
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
        if (!announced) say(zh ? `校准 → ${displayPath(dir.replace(/\/(generations\/[^/]+|check)$/, ''))}(${used} 个线程)` : `Calibrating → ${displayPath(dir.replace(/\/(generations\/[^/]+|check)$/, ''))} (${used} worker${used === 1 ? '' : 's'})`);
        announced = true;
        const what = batch === 'check' ? (zh ? '检验校准后情景' : 'checking the calibrated scenario') : zh ? `第 ${batch.slice(1)} 代` : `generation ${batch.slice(1)}`;
        say(zh ? `${what}:${planned} 次运行,待运行 ${pending} 次` : `${what}: ${planned} runs, ${pending} to run`);
        progress.stop();
        progress = runProgress(pending, `calibrate ${batch}`, args.quiet);
      },
      onRun: ({ done, failed }) => progress.update(done, failed),
      onGeneration: (g) => {
        progress.stop();
        say(
          zh
            ? `  容差 ε = ${sig(g.tolerance)},接受率 ${pct(g.acceptance)},有效样本量 ${sig(g.ess)} / ${g.kept}`
            : `  tolerance ε = ${sig(g.tolerance)}, acceptance ${pct(g.acceptance)}, effective sample size ${sig(g.ess)} of ${g.kept}`,
        );
      },
    }),
    () => progress.stop(),
  );
  if (!outcome.done) return outcome.exitCode;
  const result = outcome.value;
  progress.stop();
  if (!args.quiet) process.stdout.write('\n' + tables(result, args.lang));
  if (result.failures > 0) process.stderr.write(zh ? `${result.failures} 次运行失败(其粒子视为距离无穷远);详见各代文件夹的 manifest.json\n` : `${result.failures} run${result.failures === 1 ? '' : 's'} failed (their particles count as infinitely far); see the manifest.json of each generation folder\n`);
  process.stdout.write((zh ? `结果已写入 ${displayPath(result.dir)};校准后的情景:${displayPath(result.scenarioFile)}(已通过验证)` : `Results written to ${displayPath(result.dir)}; calibrated scenario: ${displayPath(result.scenarioFile)} (validated)`) + '\n');
  return result.failures > 0 ? EXIT_RUN_FAILED : EXIT_OK;
}

function tables(result: CalibrationResult, lang: Lang): string {
  const zh = lang === 'zh';
  const post = [[zh ? '参数' : 'Parameter', zh ? '路径' : 'Path', zh ? '先验范围' : 'Prior range', zh ? '后验均值' : 'Posterior mean', 'SD', zh ? '95% 区间' : '95% interval']];
  result.posterior.forEach((p, i) => {
    const prior = result.calibration.parameters[i]!;
    post.push([p.name, p.path, `${sig(prior.min)} – ${sig(prior.max)}`, sig(p.mean), sig(p.sd), `${sig(p.q025)} – ${sig(p.q975)}`]);
  });
  const fit = [[zh ? '目标' : 'Target', zh ? '观测值' : 'Observed', '± sd/tol', zh ? '校准后情景' : 'Calibrated', '95% CI', 'z', zh ? '拟合' : 'Fits']];
  for (const t of result.fit) fit.push([t.name, sig(t.observed), `${sig(t.scale)} ${t.scaleKind === 'sd' ? 'sd' : 'tol'}`, sig(t.checkMean), `${sig(t.checkLow)} – ${sig(t.checkHigh)}`, sig(t.z), t.fits ? (zh ? '是' : 'yes') : zh ? '否' : 'no']);
  const runs = result.generations.reduce((n, g) => n + g.runs, 0);
  const head = zh ? `后验(APMC,${result.generations.length} 代,${runs} 次运行):` : `Posterior (APMC, ${result.generations.length} generations, ${runs} runs):`;
  return `${head}\n${textTable(post, 2)}\n${zh ? '各目标的拟合(校准后情景的运行):' : 'Fit per target (runs of the calibrated scenario):'}\n${textTable(fit, 1)}\n${fewParticles(result, zh)}`;
}

/** Below this share of the kept particles, the effective sample size is worth a warning. */
const FEW_PARTICLES = 0.2;

/** A warning when a few particles carry most of the posterior weight; empty otherwise. */
function fewParticles(result: CalibrationResult, zh: boolean): string {
  const last = result.generations[result.generations.length - 1];
  if (!last || last.ess >= FEW_PARTICLES * last.kept) return '';
  return zh
    ? `注意:后验的有效样本量只有 ${sig(last.ess)}(共 ${last.kept} 个粒子):少数早期粒子权重过大,后验均值接近它们的取值,标准差低估了不确定性。particles.csv 中保留粒子(posterior = true)的不加权分布是更稳妥的不确定性范围。\n`
    : `Note: the posterior's effective sample size is ${sig(last.ess)} of ${last.kept} particles: a few early particles carry most of the weight, so the posterior means sit near their values and the SDs understate the uncertainty. The unweighted spread of the kept particles (posterior = true in particles.csv) is a more cautious picture.\n`;
}

function sig(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(3))) : '–';
}

function pct(v: number): string {
  return `${Math.round(v * 100)}%`;
}
