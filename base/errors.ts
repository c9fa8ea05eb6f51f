/**
 * Bad input: the {@link InputError} classes (exit code 2, every problem with path, expected,
 * found and hint, printed without a stack trace) and the catalogue of every hand-worded
 * situation. Code that reports bad input calls a catalogue entry (`errors.lockHeld(dir, …)`)
 * rather than wording it on the spot, so that each message is written once and the same
 * situation reads the same wherever it arises. Issues generated in bulk (schema validation,
 * cross-field checks of a file) are worded by their checkers and wrapped with
 * {@link errors.invalidFile}.
 */
import { fileErrors, fileIssues } from './errors/files.ts';
import { folderErrors } from './errors/folders.ts';
import { optionErrors } from './errors/options.ts';
import { shardErrors, shardIssues } from './errors/shards.ts';

export { ExperimentError, InputError, OutsideFolderError, ScenarioError, type InputIssue } from './errors/inputError.ts';
export type { FileKind } from './errors/files.ts';
export type { LockOwner, ResultsKind } from './errors/folders.ts';

/** Every hand-worded bad-input error, by situation; each returns the error to throw. */
export const errors = Object.freeze({ ...fileErrors, ...folderErrors, ...shardErrors, ...optionErrors });

/** Every hand-worded issue that is gathered into a list before it is thrown. */
export const issues = Object.freeze({ ...fileIssues, ...shardIssues });

