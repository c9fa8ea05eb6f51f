import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { InputError } from '../scenarios/errors.ts';
import { runCommand } from './commands/run.ts';
import { validateCommand } from './commands/validate.ts';
import { EXIT_BAD_INPUT, EXIT_OK, reportFailure } from './fail.ts';
import type { Lang } from './summaryTable.ts';

/**
 * The `ronghe` command: a thin layer over the library (engine/index.ts). Exit codes: 0 ok,
 * 1 run failure, 2 bad input.
 */
const argv = hideBin(process.argv);
/** Largest seed a scenario file accepts (the schema's bound), so flags and files agree. */
const MAX_SEED = 4294967295;
const command = ['ronghe', ...argv].map((a) => (/^[\w./:=@+-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');

function attempt(fn: () => void): void {
  try {
    fn();
    process.exitCode = EXIT_OK;
  } catch (error) {
    process.exitCode = reportFailure(error);
  }
}

await yargs(argv)
  .scriptName('ronghe')
  .usage('$0 <command> [options]\n\nAgent-based simulation of urban-rural grassroots governance integration in a Chinese county (融合).')
  .option('lang', { choices: ['zh', 'en'] as const, default: 'en' as Lang, describe: 'Language of printed labels (中文 / English)', global: true })
  .command(
    'validate <file>',
    'Check a scenario file; report every problem with its JSON path, what was expected, what was found, and how to fix it',
    (y) => y.positional('file', { type: 'string', demandOption: true, describe: 'Scenario JSON file' }),
    (a) => attempt(() => validateCommand(a.file, a.lang as Lang)),
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
          if (a.seed !== undefined && !(Number.isInteger(a.seed) && a.seed >= 0 && a.seed <= MAX_SEED)) throw new Error(`--seed: expected an integer from 0 to ${MAX_SEED}, found ${a.seed}`);
          if (a.years !== undefined && !(a.years > 0 && a.years <= 100)) throw new Error(`--years: expected a number in (0, 100], found ${a.years}`);
          return true;
        }),
    (a) => attempt(() => runCommand({ scenario: a.scenario, seed: a.seed, years: a.years, out: a.out, lang: a.lang as Lang, quiet: a.quiet }, command)),
  )
  .demandCommand(1, 'Give a command: validate or run (see --help)')
  .strict()
  .recommendCommands()
  .example('$0 validate scenarios/county.json', 'check a scenario file')
  .example('$0 run scenarios/small.json --seed 7 --years 2', 'run 2 years of the small county with seed 7')
  .example('$0 run scenarios/county.json --lang zh', 'run the typical county, summary in Chinese')
  .epilogue('Exit codes: 0 ok, 1 run failed, 2 bad input. Docs: docs/ODD.md (model), scenarios/README.md (files).')
  .fail((message, error) => {
    if (error && !(error instanceof InputError) && !message) throw error;
    process.stderr.write(`ronghe: ${message ?? error?.message}\nRun "ronghe --help" for usage.\n`);
    process.exit(EXIT_BAD_INPUT);
  })
  .help()
  .version()
  .wrap(Math.min(110, process.stdout.columns ?? 100))
  .parseAsync();
