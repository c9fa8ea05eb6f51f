import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { errors } from './errors.ts';

/**
 * Makes sure results can be written to `dir` before any work starts: creates it if needed and
 * checks it is a writable folder. A problem is bad input (exit 2), not a failed run.
 */
export function prepareFolder(dir: string, what: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) throw new Error('it exists and is not a folder');
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw errors.folderNotWritable(what, dir, error);
  }
}
