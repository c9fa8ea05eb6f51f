import { renameSync, writeFileSync } from 'node:fs';

/**
 * Writes a file so that readers only ever see the old or the new complete content: the text goes
 * to a temporary file beside it, which is then renamed over the target (atomic on POSIX).
 */
export function writeFileAtomic(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}
