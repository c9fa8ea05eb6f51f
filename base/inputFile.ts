/**
 * The steps every input file (scenario, experiment, calibration, design) goes through before its own
 * checks: read and parse the text (syntax errors with line and column), and copy the data so
 * that filling defaults leaves the caller's object alone. Either step's problems are thrown as
 * the file kind's error, like the file's own problems later.
 */
import { dirname } from 'node:path';
import { errors, type FileKind } from './errors.ts';
import { readJsonFile } from './jsonText.ts';
import { copyJson } from './wording.ts';

/** Deepest nesting accepted in input; a valid file of any kind is far shallower. */
const MAX_DEPTH = 64;

/**
 * Reads and parses a JSON input file and hands its data to `parse`.
 * @param path - the file as the user named it (shown in messages)
 * @param parse - the kind's own checks; `baseDir` is the file's folder, which paths in it are relative to
 * @throws the kind's error (see {@link errors.invalidFile}) if the file is missing, unreadable or not JSON
 */
export function readInputFile<T>(path: string, kind: FileKind, parse: (json: unknown, file: string, baseDir: string) => T): T {
  const read = readJsonFile(path, kind);
  if (!read.ok) throw errors.invalidFile(kind, path, [read.issue]);
  return parse(read.value, path, dirname(path));
}

/**
 * A deep copy of an input file's data, to validate and fill with defaults.
 * @throws the kind's error for anything JSON cannot hold (NaN, functions, cycles, deep nesting)
 */
export function copyInput(json: unknown, file: string, kind: FileKind): unknown {
  const copy = copyJson(json, MAX_DEPTH);
  if (!copy.ok) throw errors.invalidFile(kind, file, copy.issues);
  return copy.value;
}
