/**
 * The catalogue's entries for input files (scenario, experiment, calibration, policy design): a
 * file that cannot be read, a file with problems, an experiment that is not a sensitivity design.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { closest, describeValue } from '../wording.ts';
import { ExperimentError, InputError, ScenarioError, type InputIssue } from './inputError.ts';

/** The kinds of input file ronghe reads; each has its own error class or summary wording. */
export type FileKind = 'scenario' | 'experiment' | 'calibration' | 'design';

/** Errors about input files. */
export const fileErrors = {
  /**
   * All problems of one input file: a {@link ScenarioError}, an {@link ExperimentError}, or an
   * {@link InputError} about a calibration or policy design file.
   */
  invalidFile(kind: FileKind, file: string, issues: readonly InputIssue[]): InputError {
    if (kind === 'scenario') return new ScenarioError(file, issues);
    if (kind === 'experiment') return new ExperimentError(file, issues);
    return new InputError(file, issues, kind === 'design' ? 'design file' : 'calibration file');
  },

  /** `ronghe sensitivity` given an experiment whose sweep is not a Morris or Sobol' design. */
  notSensitivityDesign(file: string, sweep: unknown): InputError {
    const isObject = sweep !== null && typeof sweep === 'object' && !Array.isArray(sweep);
    return new ExperimentError(file, [{
      path: '/sweep',
      expected: 'a sensitivity design: {"morris": {…}} or {"sobol": {…}}',
      found: sweep === undefined ? 'nothing (no sweep)' : isObject ? `a sweep with ${Object.keys(sweep).map((k) => `"${k}"`).join(', ') || 'no design'}` : describeValue(sweep),
      hint: 'ronghe sensitivity runs Morris or Sobol\' designs (see docs/sensitivity.md); run other experiments with ronghe experiment.',
    }]);
  },
};

/** Issues about input files, for lists that gather several problems. */
export const fileIssues = {
  /**
   * An input file that cannot be read: missing (with a similar file name in the same folder, or
   * the JSON files there), a directory, no permission, or another read error.
   * @param path - the path as the user gave it
   * @param error - what `readFileSync` threw
   * @param what - the kind of file, for the wording (`scenario`, `experiment`)
   */
  unreadableFile(path: string, error: unknown, what: string): InputIssue {
    const code = (error as NodeJS.ErrnoException).code;
    const full = resolve(path);
    if (code === 'ENOENT') {
      return { path: '', expected: `an existing ${what} file`, found: `no file at ${full}`, hint: missingFileHint(full) };
    }
    if (code === 'EISDIR') {
      const example = jsonFilesIn(full)?.[0] ?? `my-${what}.json`;
      return { path: '', expected: `${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} file`, found: `${full} is a directory`, hint: `Name a .json file inside it, e.g. ${path.replace(/\/$/, '')}/${example}.` };
    }
    if (code === 'EACCES' || code === 'EPERM') {
      return { path: '', expected: `a readable ${what} file`, found: `no permission to read ${full}`, hint: 'Check the file permissions (ls -l), or copy the file somewhere readable.' };
    }
    return { path: '', expected: `a readable ${what} file`, found: `${full} could not be read (${code ?? String(error)})`, hint: 'Check the path and that the file is a readable text file.' };
  },

  /**
   * The base scenario named by an experiment, calibration or design file cannot be read: the
   * issue is about that file's `/scenario`, and says what the path is relative to.
   */
  unreadableScenario(read: InputIssue, kind: FileKind, baseDir: string): InputIssue {
    return { ...read, path: '/scenario', hint: `${read.hint} The path is relative to the folder of the ${kind} file (${baseDir}).` };
  },
};

/** The JSON files (schemas excepted) in a folder, sorted; undefined if it cannot be listed. */
function jsonFilesIn(dir: string): string[] | undefined {
  try {
    return readdirSync(dir).filter((n) => n.endsWith('.json') && !n.endsWith('.schema.json')).sort();
  } catch {
    return undefined;
  }
}

/** Suggests a similar file name in the same directory, or lists the JSON files there. */
function missingFileHint(full: string): string {
  const names = jsonFilesIn(dirname(full));
  if (names === undefined) return `Check the path: the directory ${dirname(full)} does not exist either.`;
  const similar = closest(basename(full), names);
  if (similar !== undefined) return `Did you mean ${resolve(dirname(full), similar)}?`;
  if (names.length === 0) return `Check the path: ${dirname(full)} holds no .json files.`;
  const shown = names.slice(0, 8).join(', ') + (names.length > 8 ? ', …' : '');
  return `Check the path; JSON files in ${dirname(full)}: ${shown}.`;
}
