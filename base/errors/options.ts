/**
 * The catalogue's entries for the command line: flags out of range, a port in use, unknown
 * pattern ids, an output file that cannot be written.
 */
import { closest } from '../wording.ts';
import { InputError } from './inputError.ts';

/** A flag's value as the user sees it (yargs turns a non-number into NaN). */
function shown(value: number): string {
  return Number.isNaN(value) ? 'not a number' : String(value);
}

/** Errors about command-line options. */
export const optionErrors = {
  /** A whole-number flag outside [min, max]; `name` without the dashes. */
  integerOption(name: string, min: number, max: number, value: number): InputError {
    return new InputError(`--${name}`, [{ path: '', expected: `an integer from ${min} to ${max}`, found: shown(value), hint: `Give a whole number from ${min} to ${max}, or leave --${name} out for its default.` }], 'command-line option');
  },

  /** `--years` not in (0, 100]. */
  yearsOption(value: number): InputError {
    return new InputError('--years', [{ path: '', expected: 'a number above 0 and at most 100', found: shown(value), hint: 'Give the horizon in years, e.g. --years 2 (fractions such as 0.5 are allowed), or leave --years out for the file\'s own.' }], 'command-line option');
  },

  /** `ronghe view --port N` with N taken. */
  portInUse(port: number): InputError {
    return new InputError('--port', [{ path: '', expected: 'a free port', found: `port ${port} is in use`, hint: 'Give another with --port N (--port 0 picks a free one).' }], 'port');
  },

  /** `--only` naming pattern ids that do not exist: one issue each, with the closest known id. */
  unknownPatterns(ids: readonly string[], known: readonly string[]): InputError {
    return new InputError('--only', ids.map((id) => {
      const near = closest(id, known);
      return { path: '', expected: `a pattern id: ${known.join(', ')}`, found: JSON.stringify(id), hint: near === undefined ? 'Use one of the ids listed (see docs/patterns.md).' : `Did you mean ${near}?` };
    }), 'pattern list');
  },

  /**
   * An output file named by a flag that cannot be written where it is named.
   * @param found - why (a folder, no such folder, not writable)
   * @param example - a path that would do, for the hint
   */
  outputNotWritable(flag: string, found: string, example: string): InputError {
    return new InputError(flag, [{ path: '', expected: 'a file path in an existing, writable folder', found, hint: `Create the folder first, or name a file elsewhere, e.g. ${flag} ${example}.` }], 'output file');
  },
};
