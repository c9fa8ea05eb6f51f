import { SingleBar } from 'cli-progress';
import { resolve } from 'node:path';
import { loadScenario, parseScenario, prepareFolder, runToFolder } from '../../api.ts';
import type { Lang } from '../../base/lang.ts';
import { summaryTable } from '../summaryTable.ts';
import { words } from '../words.ts';

export interface RunArgs {
  scenario: string;
  seed?: number;
  years?: number;
  out?: string;
  lang: Lang;
  quiet: boolean;
}

/** Seconds a run must take before a progress bar appears. */
const PROGRESS_AFTER_SECONDS = 2;

/**
 * `ronghe run SCENARIO`: runs one seeded simulation and writes its results folder, then prints
 * where it went and a summary table.
 */
export function runCommand(args: RunArgs, command: string): void {
  const loaded = loadScenario(args.scenario);
  // A changed horizon is checked like a file's own (interventions must start before it).
  const scenario = args.years === undefined ? loaded : parseScenario({ ...loaded, years: args.years }, `${args.scenario} with --years ${args.years}`);
  const seed = args.seed ?? scenario.seed;
  const dir = resolve(args.out ?? `results/${scenario.name}-seed${seed}${args.years === undefined ? '' : `-${scenario.years}y`}`);
  prepareFolder(dir, args.out === undefined ? 'results folder' : '--out');
  const started = Date.now();
  const bar = process.stderr.isTTY && !args.quiet ? new SingleBar({ format: ' {bar} {percentage}% | ETA {eta_formatted} | {label}', hideCursor: true }) : null;
  let shown = false;
  const onProgress = (share: number): void => {
    if (!bar) return;
    if (!shown && (Date.now() - started) / 1000 > PROGRESS_AFTER_SECONDS && share < 0.9) {
      bar.start(100, Math.round(share * 100), { label: scenario.name });
      shown = true;
    }
    if (shown) bar.update(Math.round(share * 100));
  };
  const { result, timing } = runToFolder(scenario, { dir, seed, scenarioFile: args.scenario, command, onProgress });
  if (shown) bar!.stop();
  if (!args.quiet) process.stdout.write('\n' + summaryTable(result, args.lang) + '\n');
  process.stdout.write(words(args.lang).runWritten(dir, timing.wallSeconds.toFixed(1)) + '\n');
}
