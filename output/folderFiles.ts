/**
 * The one way the report builder reads a results folder's files. Each file's real path (symbolic
 * links followed) must lie inside the real root, as the viewer's {@link resolveInside} demands of
 * a URL: otherwise a link such as `manifest.json -> /elsewhere/secret` would be read, embedded in
 * a report and served, though the viewer refuses to serve the link itself.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { errors, type OutsideFolderError } from '../base/errors.ts';
import { isInside } from '../base/safePath.ts';


/** A results folder's files, read only when they lie inside the root. */
export class FolderFiles {
  private readonly realRoot: string;

  /**
   * @param dir - the results folder
   * @param root - the folder nothing may be read outside of: the viewer's root, or `dir` itself
   */
  constructor(
    readonly dir: string,
    root: string = dir,
  ) {
    this.realRoot = realRoot(root);
  }

  /**
   * The text of a file of the folder (a `/`-separated path inside it); `null` when it does not
   * exist; an {@link OutsideFolderError} when it (or a folder on its way) links out of the root.
   */
  read(file: string): string | null {
    let real: string;
    try {
      real = realpathSync(join(this.dir, ...file.split('/')));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    if (!isInside(this.realRoot, real)) throw errors.linkOutsideFolder(this.dir, file);
    return readFileSync(real, 'utf8');
  }
}

/** The root's real path; a missing root stays as given (then every file is simply missing). */
function realRoot(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return resolve(root);
  }
}
