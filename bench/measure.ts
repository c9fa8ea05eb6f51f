/** Shared by the benchmarks: one measurement per fresh process, and medians. */
import { execFileSync } from 'node:child_process';

/**
 * Runs a measurement script (under tsx) in its own process, so that its peak RSS is its own, and
 * returns the JSON object it prints on its last line.
 */
export function measureInChild<T>(script: string, args: readonly string[]): T {
  const out = execFileSync(process.execPath, ['--import', 'tsx', new URL(script, import.meta.url).pathname, ...args], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
