import { accessSync, constants, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../../base/atomicWrite.ts';
import { displayPath } from '../../base/displayPath.ts';
import { loadScenario, runPatterns } from '../../api.ts';
import { errors } from '../../base/errors.ts';
import { patternTable } from '../patternTable.ts';
import type { Pattern } from '../../patterns/pattern.ts';
import { PATTERNS, PATTERN_IDS, patternById } from '../../patterns/registry.ts';
import { patternsJson } from '../../patterns/report.ts';
import { EXIT_OK, EXIT_RUN_FAILED } from '../fail.ts';
import { runProgress } from '../progress.ts';
import type { Lang } from '../../base/lang.ts';
import { words } from '../words.ts';

/** The options of `ronghe patterns`, as parsed by cli/main.ts. */
export interface PatternsArgs {
  /** Default: the shipped scenarios/small.json. */
  scenario?: string;
  /** Seeds 1 … seeds. */
  seeds: number;
  only?: string[];
  json?: string;
  workers?: number;
  lang: Lang;
  quiet: boolean;
}

/**
 * `ronghe patterns`: checks that the model reproduces the stylised facts of docs/patterns.md on
 * seeds 1 … N, prints a table of measured values against criteria, optionally writes the full
 * results as JSON. Exit 0 when every pattern passes, 1 when any fails; bad input exits 2 before
 * any simulation runs.
 */
const SMALL = new URL('../../scenarios/small.json', import.meta.url);

export async function patternsCommand(args: PatternsArgs, command: string): Promise<number> {
  const patterns = selectPatterns(args.only);
  const scenarioFile = args.scenario ?? fileURLToPath(SMALL);
  const scenario = loadScenario(scenarioFile);
  if (args.json !== undefined) checkWritable(args.json);
  const seeds = Array.from({ length: args.seeds }, (_, k) => k + 1);
  const workers = args.workers ?? availableParallelism();
  const progress = runProgress(patterns.length * seeds.length, 'patterns', args.quiet);
  const results = await runPatterns({ scenario, seeds, patterns, workers, onProgress: (done) => progress.update(done, 0) });
  progress.stop();
  process.stdout.write('\n' + patternTable(results, args.lang));
  if (args.json !== undefined) {
    writeFileAtomic(args.json, patternsJson(results, scenario, displayPath(scenarioFile), command));
    process.stdout.write(words(args.lang).resultsWritten(displayPath(args.json)) + '\n');
  }
  return results.every((r) => r.pass) ? EXIT_OK : EXIT_RUN_FAILED;
}

/** The patterns `--only` names (all when absent), or bad input naming each unknown id. */
function selectPatterns(only: readonly string[] | undefined): readonly Pattern[] {
  if (only === undefined) return PATTERNS;
  const unknown = only.filter((id) => patternById(id) === undefined);
  if (unknown.length > 0) throw errors.unknownPatterns(unknown, PATTERN_IDS);
  return PATTERNS.filter((p) => only.includes(p.id));
}

/** The JSON file must be writable where it is named: an existing folder, not a folder itself. */
function checkWritable(file: string): void {
  const full = resolve(file);
  const folder = dirname(full);
  let found: string | null = null;
  try {
    if (statSync(full, { throwIfNoEntry: false })?.isDirectory()) found = `${displayPath(full)} is a folder`;
    else if (!statSync(folder).isDirectory()) found = `${displayPath(folder)} is not a folder`;
    else accessSync(folder, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    found = code === 'ENOENT' ? `no folder ${displayPath(folder)}` : `${displayPath(folder)} is not writable (${code ?? String(error)})`;
  }
  if (found !== null) throw errors.outputNotWritable('--json', found, 'results/patterns.json');
}
