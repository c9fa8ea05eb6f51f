import { isAbsolute, relative, resolve } from 'node:path';

/**
 * A path as messages and manifests show it: relative to the working folder when inside it (`.`
 * for the folder itself), else absolute — never a climb of `../..`.
 */
export function displayPath(path: string): string {
  const full = resolve(path);
  const rel = relative(process.cwd(), full);
  if (rel === '') return '.';
  return rel.startsWith('..') || isAbsolute(rel) ? full : rel;
}
