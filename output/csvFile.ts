import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';
import { formatNumber } from './runFiles.ts';

/** A cell: numbers at 12 significant digits (NA when missing), text quoted when it needs it. */
export type Cell = number | string | boolean;

/**
 * A CSV file written row by row to a temporary file and moved into place by {@link commit}, so a
 * reader never sees a half-written table and memory stays flat however many rows there are.
 */
export class CsvFile {
  private readonly tmp: string;
  private readonly fd: number;
  private buffer: string[] = [];

  constructor(
    readonly path: string,
    header: readonly string[],
  ) {
    mkdirSync(dirname(path), { recursive: true });
    this.tmp = `${path}.tmp-${process.pid}-${threadId}`;
    this.fd = openSync(this.tmp, 'w');
    this.row(header);
  }

  row(cells: readonly Cell[]): void {
    this.buffer.push(cells.map(cell).join(','));
    if (this.buffer.length >= 4096) this.flush();
  }

  /** Closes the file and renames it over `path`. */
  commit(): void {
    this.flush();
    fsyncSync(this.fd);
    closeSync(this.fd);
    renameSync(this.tmp, this.path);
  }

  private flush(): void {
    if (this.buffer.length > 0) writeSync(this.fd, this.buffer.join('\n') + '\n');
    this.buffer = [];
  }
}

/** RFC 4180: text with a comma, quote or line break is quoted, inner quotes doubled. */
function cell(value: Cell): string {
  if (typeof value === 'number') return formatNumber(value);
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
