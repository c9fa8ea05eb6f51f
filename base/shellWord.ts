/**
 * Quoting for the commands a user copies: `ronghe` records its own command line with it, and
 * reports show reproduce commands with it. One function, so both quote the same way.
 */

/** A shell word: quoted only when it holds characters a POSIX shell would interpret. */
export function shellWord(word: string): string {
  return /^[\w./:=@+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
