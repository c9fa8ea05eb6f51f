/**
 * Summarises a V8 CPU profile (`node --cpu-prof`) by function self-time: where the time goes.
 * Prints the top functions (self ms, share, file) and the top files. Functions are keyed by name
 * and file, not line: modules loaded through tsx report every function on line 1.
 * Usage: tsx bench/profileSummary.ts FILE.cpuprofile [--top N]
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  where: string;
  ms: number;
  share: number;
}

function shortPath(url: string): string {
  if (!url) return '(native)';
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

/** Self time per function (name + file + line) and per file, in ms, largest first. */
export function summarise(profile: Profile): { total: number; functions: SelfTime[]; files: SelfTime[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (let k = 0; k < profile.samples.length; k++) self.set(profile.samples[k], (self.get(profile.samples[k]) ?? 0) + (profile.timeDeltas[k] ?? 0));
  const functions = new Map<string, SelfTime>();
  const files = new Map<string, SelfTime>();
  let total = 0;
  for (const [id, us] of self) {
    const { functionName, url } = byId.get(id)!.callFrame;
    const ms = us / 1000;
    total += ms;
    const file = shortPath(url);
    const name = functionName || (url ? '(anonymous)' : '(program/gc/idle)');
    const key = `${name}\t${file}`;
    const f = functions.get(key) ?? { name, where: url ? file : '', ms: 0, share: 0 };
    f.ms += ms;
    functions.set(key, f);
    const g = files.get(file) ?? { name: file, where: '', ms: 0, share: 0 };
    g.ms += ms;
    files.set(file, g);
  }
  const sorted = (m: Map<string, SelfTime>) => [...m.values()].map((x) => ({ ...x, share: x.ms / total })).sort((a, b) => b.ms - a.ms);
  return { total, functions: sorted(functions), files: sorted(files) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' } } });
  const top = Number(values.top);
  const { total, functions, files } = summarise(JSON.parse(readFileSync(positionals[0], 'utf8')) as Profile);
  console.log(`CPU profile ${positionals[0]}: ${(total / 1000).toFixed(1)} s sampled\n\nTop functions by self time:`);
  for (const f of functions.slice(0, top)) console.log(`${f.ms.toFixed(0).padStart(8)} ms ${(100 * f.share).toFixed(1).padStart(5)}%  ${f.name.padEnd(32)} ${f.where}`);
  console.log('\nTop files by self time:');
  for (const f of files.slice(0, Math.min(top, 15))) console.log(`${f.ms.toFixed(0).padStart(8)} ms ${(100 * f.share).toFixed(1).padStart(5)}%  ${f.name}`);
}
