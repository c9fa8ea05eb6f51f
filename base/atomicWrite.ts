import { closeSync, fsyncSync, openSync, renameSync, writeFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';

/**
 * Writes a file so that readers only ever see the old or the new complete content: the text goes
 * to a temporary file beside it (named by process and thread, so concurrent writers never share
 * one), flushed to disk, then renamed over the target (atomic on POSIX; without the flush, a
 * machine crash could leave an empty file under the final name). Leftover `*.tmp-*` files mean
 * a writer was killed mid-write; they are never read as results.
 */
export function writeFileAtomic(path: string, text: string | Uint8Array): void {
  const tmp = `${path}.tmp-${process.pid}-${threadId}`;
  const fd = openSync(tmp, 'w');
  try {
    writeFileSync(fd, text); // loops until every byte is written
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}
