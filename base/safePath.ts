/**
 * Mapping a requested URL path to a file inside the results folder, and nowhere else. The path
 * is decoded once, then every segment is checked (no `..`, `.`, empty, backslash or NUL — so
 * neither `/../x` nor `/%2e%2e/x` nor `/a%2f..%2fx` can climb), and finally the real path
 * (symbolic links followed) must still lie inside the real root: a link pointing out is refused.
 */
import { realpathSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

export type Resolved = { ok: true; path: string; segments: string[] } | { ok: false; status: 400 | 403 | 404; reason: string };

/**
 * Resolves a URL pathname (as received, still percent-encoded) against the root.
 * @param root - the results folder (need not be a real path)
 * @param pathname - the request's path, without query
 */
export function resolveInside(root: string, pathname: string): Resolved {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { ok: false, status: 400, reason: 'malformed percent-encoding' };
  }
  if (!decoded.startsWith('/')) return { ok: false, status: 400, reason: 'the path must start with /' };
  const segments = decoded.slice(1).split('/');
  if (segments.at(-1) === '') segments.pop(); // a trailing slash names the folder itself
  for (const s of segments) {
    if (s === '' || s === '.' || s === '..' || s.includes('\\') || s.includes('\0')) return { ok: false, status: 403, reason: `refused path segment ${JSON.stringify(s)}` };
  }
  let realRoot: string;
  let real: string;
  try {
    realRoot = realpathSync(root);
    real = realpathSync(join(realRoot, ...segments));
  } catch {
    return { ok: false, status: 404, reason: 'no such file' };
  }
  if (!isInside(realRoot, real)) return { ok: false, status: 403, reason: 'outside the results folder' };
  return { ok: true, path: real, segments };
}

/** Whether `path` is `root` or below it (both real, absolute paths). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}
