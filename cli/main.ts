import yargs, { type ArgumentsCamelCase, type Argv } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { errors, InputError } from '../base/errors.ts';
import { shellWord } from '../base/shellWord.ts';
import { EXIT_BAD_INPUT, EXIT_OK, reportFailure } from './fail.ts';
import { LANGS, type Lang } from '../base/lang.ts';

/**
 * The `ronghe` command: a thin layer over the library API (api.ts). Exit codes: 0 ok,
 * 1 run failure, 2 bad input.
 */
const argv = hideBin(process.argv);
/** Largest seed a scenario file accepts (the schema's bound), so flags and files agree. */
const MAX_SEED = 4294967295;
const command = ['ronghe', ...argv].map(shellWord).join(' ');

/** Runs a command; its exit code is its return value (0 when it returns nothing). */
async function attempt(fn: () => void | number | Promise<number | void>): Promise<void> {
  try {
    process.exitCode = (await fn()) ?? EXIT_OK;
  } catch (error) {
    process.exitCode = reportFailure(error);
  }
}

/** A whole-number flag in [min, max], or bad input naming it. */
function wholeNumber(name: string, value: number | undefined, min: number, max: number): void {
  if (value !== undefined && !(Number.isInteger(value) && value >= min && value <= max)) throw errors.integerOption(name, min, max, value);
}

/** Options of the commands that run an experiment file (`experiment`, `sensitivity`); `help` words what differs. */
function experimentOptions<T>(y: Argv<T>, help: { file: string; replications: string; shard: string; shards: string; quiet: string; report: string }) {
  return y
    .positional('file', { type: 'string', demandOption: true, describe: help.file })
    .option('workers', { type: 'number', describe: 'Worker threads; default: SLURM_CPUS_PER_TASK under Slurm, else the available cores' })
    .option('replications', { type: 'number', describe: help.replications })
    .option('scenario', { type: 'string', describe: "Base scenario file replacing the experiment's (e.g. scenarios/small.json for a quick trial)" })
    .option('years', { type: 'number', describe: "Horizon in years replacing the experiment's" })
    .option('out', { type: 'string', describe: 'Experiment folder; default: results/<experiment>-<hash>' })
    .option('shard', { type: 'string', describe: help.shard })
    .option('shards', { type: 'number', describe: help.shards })
    .option('fresh', { type: 'boolean', default: false, describe: "Delete the folder's earlier results and start over" })
    .option('quiet', { type: 'boolean', default: false, describe: help.quiet })
    .option('report', { type: 'boolean', default: true, describe: help.report })
    .check((a) => {
      wholeNumber('workers', a.workers, 1, 1024);
      wholeNumber('replications', a.replications, 1, 100000);
      wholeNumber('shards', a.shards, 1, 100000);
      horizon(a.years);
      return true;
    });
}

/** A `--years` flag: a horizon above 0 and at most 100 years, or a message naming the flag (not the file it replaces). */
function horizon(years: number | undefined): void {
  if (years !== undefined && !(years > 0 && years <= 100)) throw errors.yearsOption(years);
}

/** The parsed options of {@link experimentOptions}, as the experiment commands take them. */
function experimentArgs(a: ArgumentsCamelCase<{ file: string; workers?: number; replications?: number; scenario?: string; years?: number; out?: string; shard?: string; shards?: number; fresh: boolean; quiet: boolean; report: boolean; lang: string }>) {
  return { file: a.file, workers: a.workers, replications: a.replications, scenario: a.scenario, years: a.years, out: a.out, shard: a.shard, shards: a.shards, fresh: a.fresh, quiet: a.quiet, lang: a.lang as Lang, report: a.report };
}

await yargs(argv)
  .scriptName('ronghe')
  .usage('$0 <command> [options]\n\nAgent-based simulation of urban-rural grassroots governance integration in a Chinese county (融合).')
  .option('lang', { choices: LANGS, default: 'en' as Lang, describe: 'Language of printed labels (中文 / English)', global: true })
  .command(
    'validate <file>',
    'Check a scenario, experiment or policy design file; report every problem with its JSON path, what was expected, what was found, and how to fix it',
    (y) => y.positional('file', { type: 'string', demandOption: true, describe: 'Scenario, experiment or policy design JSON file' }),
    (a) => attempt(async () => (await import('./commands/validate.ts')).validateCommand(a.file, a.lang as Lang)),
  )
  .command(
    'run <scenario>',
    'Run one seeded simulation and write manifest.json, series.csv and summary.json to a results folder',
    (y) =>
      y
        .positional('scenario', { type: 'string', demandOption: true, describe: 'Scenario JSON file (e.g. scenarios/small.json)' })
        .option('seed', { type: 'number', describe: 'Run seed (integer >= 0); default: the scenario\'s seed' })
        .option('years', { type: 'number', describe: 'Horizon in years (0 < years <= 100); default: the scenario\'s years' })
        .option('out', { type: 'string', describe: 'Results folder; default: results/<scenario name>-seed<seed>' })
        .option('quiet', { type: 'boolean', default: false, describe: 'Print only where the results went' })
        .check((a) => {
          wholeNumber('seed', a.seed, 0, MAX_SEED);
          horizon(a.years);
          return true;
        }),
    (a) => attempt(async () => (await import('./commands/run.ts')).runCommand({ scenario: a.scenario, seed: a.seed, years: a.years, out: a.out, lang: a.lang as Lang, quiet: a.quiet }, command)),
  )
  .command(
    'experiment <file>',
    'Run an experiment (arms x replications x sweep points) on worker threads; resumable, shardable; writes per-run files, runs.csv, arms.csv, contrasts.csv and per-arm series',
    (y) =>
      experimentOptions(y, {
        file: 'Experiment JSON file (e.g. experiments/levers.json)',
        replications: "Replications per arm and sweep point; default: the file's. More can be added later: existing runs are kept",
        shard: 'Run only shard i of N (0-based, e.g. 0/4); default: from SLURM_ARRAY_TASK_ID/COUNT or JOB_COMPLETION_INDEX. Shards write to <out>/shards/',
        shards: 'Shard count when the index comes from the environment: with it, SLURM_ARRAY_TASK_ID (or JOB_COMPLETION_INDEX in Kubernetes) is the shard index itself',
        quiet: 'No progress and no table; print only where the results went',
        report: 'Write report.html at the end (--no-report: do not)',
      }),
    (a) => attempt(async () => (await import('./commands/experiment.ts')).experimentCommand(experimentArgs(a), command)),
  )
  .command(
    'sensitivity <file>',
    "Sensitivity analysis: run an experiment whose sweep is a Morris or Sobol' design (exactly like ronghe experiment: worker pool, resumable, shardable, manifest, report), then write sensitivity.csv — mu*, mu, sigma (Morris) or first- and total-order indices (Sobol') per arm, outcome and parameter, with bootstrap confidence intervals — and print the parameters ranked per outcome",
    (y) =>
      experimentOptions(y, {
        file: 'Experiment JSON file with "sweep": {"morris": {...}} or {"sobol": {...}} (see docs/sensitivity.md)',
        replications: "Replications per point (their mean is the output analysed); default: the file's. More can be added later: existing runs are kept",
        shard: 'Run only shard i of N (0-based, e.g. 0/4); default: from SLURM_ARRAY_TASK_ID/COUNT or JOB_COMPLETION_INDEX. After the last shard, ronghe merge writes sensitivity.csv',
        shards: 'Shard count when the index comes from the environment (as for ronghe experiment)',
        quiet: 'No progress and no tables; print only where the results went',
        report: 'Write report.html (with the ranked indices) at the end (--no-report: do not)',
      }),
    (a) => attempt(async () => (await import('./commands/sensitivity.ts')).sensitivityCommand(experimentArgs(a), command)),
  )
  .command(
    'calibrate <file>',
    "Fit scenario parameters to observed figures (targets with standard errors or tolerances, at given ticks and groups) by APMC, an adaptive sequential ABC for stochastic models; each generation runs as an experiment on worker threads; resumable; writes the posterior, the fit per target and a calibrated scenario file that validates",
    (y) =>
      y
        .positional('file', { type: 'string', demandOption: true, describe: 'Calibration JSON file (see experiments/calibration.schema.json and docs/sensitivity.md)' })
        .option('workers', { type: 'number', describe: 'Worker threads; default: SLURM_CPUS_PER_TASK under Slurm, else the available cores' })
        .option('out', { type: 'string', describe: 'Calibration folder; default: results/<name>-<hash>' })
        .option('fresh', { type: 'boolean', default: false, describe: "Delete the folder's earlier calibration results and start over" })
        .option('quiet', { type: 'boolean', default: false, describe: 'No progress and no tables; print only where the results went' })
        .check((a) => {
          wholeNumber('workers', a.workers, 1, 1024);
          return true;
        }),
    (a) => attempt(async () => (await import('./commands/calibrate.ts')).calibrateCommand({ file: a.file, workers: a.workers, out: a.out, fresh: a.fresh, quiet: a.quiet, lang: a.lang as Lang }, command)),
  )
  .command(
    'design <file>',
    'Search for the best packages of levers under a budget and staff caps (NSGA-II over which levers, how strong, from when and for whom), judged on two or more outcomes across uncertain assumptions; each generation runs as an experiment with common random numbers; the final packages are re-evaluated on fresh seeds with paired intervals against the baseline; resumable',
    (y) =>
      y
        .positional('file', { type: 'string', demandOption: true, describe: 'Design JSON file (see experiments/design.schema.json and experiments/README.md)' })
        .option('workers', { type: 'number', describe: 'Worker threads; default: SLURM_CPUS_PER_TASK under Slurm, else the available cores' })
        .option('out', { type: 'string', describe: 'Design folder; default: results/<name>-<hash>' })
        .option('shard', { type: 'string', describe: 'Run only shard i of N (0-based, e.g. 0/4) of the next stage with runs to make, then stop; default: from SLURM_ARRAY_TASK_ID/COUNT or JOB_COMPLETION_INDEX (experiments/slurm/README.md)' })
        .option('shards', { type: 'number', describe: 'Shard count when the index comes from the environment (as for ronghe experiment)' })
        .option('merge', { type: 'boolean', default: false, describe: 'Make no runs: merge the stage whose shards are all done, go as far as the next stage with runs to make, and say what it needs' })
        .option('fresh', { type: 'boolean', default: false, describe: "Delete the folder's earlier design results and start over" })
        .option('quiet', { type: 'boolean', default: false, describe: 'No progress and no tables; print only where the results went' })
        .option('report', { type: 'boolean', default: true, describe: 'Write report.html when the design is done: the front, the packages, exporting one as an experiment (--no-report: do not)' })
        .check((a) => {
          wholeNumber('workers', a.workers, 1, 1024);
          return true;
        }),
    (a) => attempt(async () => (await import('./commands/design.ts')).designCommand({ file: a.file, workers: a.workers, out: a.out, shard: a.shard, shards: a.shards, merge: a.merge, fresh: a.fresh, quiet: a.quiet, lang: a.lang as Lang, report: a.report }, command)),
  )
  .command(
    'patterns',
    'Check that the model reproduces several independent stylised facts at once (docs/patterns.md): digital non-users, income under-reporting, partner response times, mediation, trust and case volume, participation cascades; prints measured values against criteria, exit 0 when all pass, 1 when any fails',
    (y) =>
      y
        .option('seeds', { type: 'number', default: 3, describe: 'Run seeds 1 … N for every pattern (arms of a comparison share a seed)' })
        .option('scenario', { type: 'string', describe: 'Scenario the patterns start from (each sets its own horizon and arms); default: scenarios/small.json' })
        .option('only', { type: 'string', array: true, describe: 'Run only these patterns, by id (e.g. --only digital-non-users mediation-keeps-local)' })
        .option('json', { type: 'string', describe: 'Also write every check, per-seed value and measurement to this JSON file' })
        .option('workers', { type: 'number', describe: 'Worker threads; default: the available cores (results do not depend on it)' })
        .option('quiet', { type: 'boolean', default: false, describe: 'No progress' })
        .check((a) => {
          wholeNumber('seeds', a.seeds, 1, 1000);
          wholeNumber('workers', a.workers, 1, 1024);
          return true;
        }),
    (a) =>
      attempt(async () =>
        (await import('./commands/patterns.ts')).patternsCommand({ scenario: a.scenario, seeds: a.seeds, only: a.only as string[] | undefined, json: a.json, workers: a.workers, lang: a.lang as Lang, quiet: a.quiet }, command),
      ),
  )
  .command(
    'merge <dirs..>',
    'Combine the shards of an experiment (e.g. a Slurm job array) after checking they are complete and from the same experiment; writes the same outputs as a single-machine run',
    (y) =>
      y
        .positional('dirs', { type: 'string', array: true, demandOption: true, describe: 'The experiment folder holding shards/, or the shard folders' })
        .option('out', { type: 'string', describe: 'Merged experiment folder; default: the folder holding shards/' }),
    (a) => attempt(async () => (await import('./commands/merge.ts')).mergeCommand(a.dirs as string[], a.out, a.lang as Lang, command)),
  )
  .command(
    'reproduce <dir>',
    "Rerun an experiment's runs from its manifest and check each gives the byte-identical result (by digest)",
    (y) =>
      y
        .positional('dir', { type: 'string', demandOption: true, describe: 'An experiment results folder' })
        .option('sample', { type: 'number', describe: 'Rerun only K runs spread over all arms and points; default: all' })
        .option('workers', { type: 'number', describe: 'Worker threads; default: the available cores' })
        .option('quiet', { type: 'boolean', default: false, describe: 'No progress' })
        .check((a) => {
          wholeNumber('sample', a.sample, 1, 1e9);
          wholeNumber('workers', a.workers, 1, 1024);
          return true;
        }),
    (a) => attempt(async () => (await import('./commands/reproduce.ts')).reproduceCommand(a.dir, a.sample, a.workers, a.lang as Lang, a.quiet)),
  )
  .command(
    'report <dir>',
    "Write a results folder's report: one self-contained HTML file (charts, tables, provenance) that opens offline, in Chinese or English",
    (y) =>
      y
        .positional('dir', { type: 'string', demandOption: true, describe: 'A results folder (from ronghe experiment, merge, run or design)' })
        .option('out', { type: 'string', describe: 'Report file; default: <dir>/report.html' }),
    (a) => attempt(async () => (await import('./commands/report.ts')).reportCommand(a.dir, a.out, a.lang as Lang)),
  )
  .command(
    'view [dir]',
    'Serve an index of the results folders and their reports on http://127.0.0.1 (this machine only)',
    (y) =>
      y
        .positional('dir', { type: 'string', default: 'results', describe: 'The folder holding results folders' })
        .option('port', { type: 'number', default: 8765, describe: 'Port (0: any free port)' })
        .check((a) => {
          wholeNumber('port', a.port, 0, 65535);
          return true;
        }),
    (a) => attempt(async () => (await import('./commands/view.ts')).viewCommand(a.dir, a.port, a.lang as Lang)),
  )
  .demandCommand(1, 'Give a command: validate, run, experiment, sensitivity, calibrate, design, patterns, merge, reproduce, report or view (see --help)')
  .strict()
  .recommendCommands()
  .example('$0 validate scenarios/county.json', 'check a scenario file')
  .example('$0 run scenarios/small.json --seed 7 --years 2', 'run 2 years of the small county with seed 7')
  .example('$0 run scenarios/county.json --lang zh', 'run the typical county, summary in Chinese')
  .example('$0 experiment experiments/levers.json --workers 2', 'compare the levers on 2 worker threads')
  .example('$0 sensitivity experiments/sensitivity-morris.json', 'rank the parameters that drive each outcome (Morris)')
  .example('$0 calibrate experiments/calibrate-digital.json', 'fit parameters to observed figures (APMC)')
  .example('$0 design experiments/design-gap.json', 'find the best packages of levers under a budget (NSGA-II)')
  .example('$0 patterns --seeds 5 --json results/patterns.json', 'check the model against the stylised facts on 5 seeds')
  .example('$0 merge results/levers-1a2b3c4d', 'combine the shards of a Slurm job array')
  .example('$0 reproduce results/levers-1a2b3c4d --sample 5', 'rerun 5 runs and check they match')
  .example('$0 report results/levers-1a2b3c4d --lang zh', 'write the report, opening in Chinese')
  .example('$0 view', 'browse every folder under results/ and its report')
  .epilogue('Exit codes: 0 ok, 1 run failed, 2 bad input. Docs: docs/ODD.md (model), scenarios/README.md (files), docs/sensitivity.md (sensitivity and calibration), docs/patterns.md (validation).')
  .fail((message, error) => {
    if (error && !(error instanceof InputError) && !message) throw error;
    // a flag checked in .check() is bad input like a file: every block, then where to read more
    const text = error instanceof InputError ? error.format().trimEnd() : `ronghe: ${message ?? error?.message}`;
    process.stderr.write(`${text}\nRun "ronghe --help" for usage.\n`);
    process.exit(EXIT_BAD_INPUT);
  })
  .help()
  .version()
  .wrap(Math.min(110, process.stdout.columns ?? 100))
  .parseAsync();
