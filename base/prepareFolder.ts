import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { InputError } from './errors.ts';

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
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new InputError(what, [
      {
        path: '',
        expected: 'a folder the results can be written to',
        found: `${dir} (${reason === 'EEXIST' || reason === 'ENOTDIR' ? 'a file is in the way' : reason})`,
        hint: 'Choose another folder with --out, or remove the file that has its name.',
      },
    ], 'results folder');
  }
}
