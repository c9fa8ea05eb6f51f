/**
 * The project's import graph, read with the TypeScript compiler's own pre-processor (every
 * static import and export, `import()` calls and type-only imports: a cycle of types is still a
 * bend in the layers), and the layer rules it must follow.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** The repository's root folder. */
export const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../..');

/**
 * The layers, lowest first. A file may import files of its own layer and of layers below it,
 * never above. The first matching prefix names a file's layer; files under none (tests,
 * benchmarks, docs scripts) are outside the rules and may import anything.
 */
export const LAYERS: readonly { name: string; prefixes: readonly string[] }[] = [
  { name: 'base', prefixes: ['base/'] },
  { name: 'engine', prefixes: ['engine/'] },
  { name: 'scenarios', prefixes: ['scenarios/'] },
  { name: 'experiment design', prefixes: ['experiments/design/', 'experiments/experiment.schema.json', 'experiments/calibration.schema.json'] },
  { name: 'output', prefixes: ['output/'] },
  { name: 'experiments', prefixes: ['experiments/'] },
  { name: 'patterns', prefixes: ['patterns/'] },
  { name: 'viz', prefixes: ['viz/'] },
  { name: 'library API', prefixes: ['api.ts'] },
  { name: 'cli', prefixes: ['cli/'] },
  { name: 'package entry', prefixes: ['index.js'] },
];

/** Folders whose code must run in a browser as well as in Node: nothing they reach may import a Node built-in. */
export const BROWSER_SAFE: readonly string[] = ['engine/', 'viz/client/'];

const SOURCE = /\.(ts|js|mjs)$/;
const SKIP = new Set(['node_modules', 'results', '.git']);

/** One import of one file: the file imported (repository-relative) or the bare module name. */
export interface Edge {
  from: string;
  to: string;
  /** Whether `to` is a file of the project (else a package or a Node built-in). */
  local: boolean;
}

/** Every source file of the repository (repository-relative, `/`-separated), sorted. */
export function sourceFiles(dir = ROOT): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (SKIP.has(name) || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(relative(ROOT, path));
  }
  return out;
}

/** The imports of every source file. */
export function importEdges(files: readonly string[]): Edge[] {
  const edges: Edge[] = [];
  for (const from of files) {
    const info = ts.preProcessFile(readFileSync(join(ROOT, from), 'utf8'), true, true);
    for (const { fileName } of info.importedFiles) {
      const local = fileName.startsWith('.');
      edges.push({ from, to: local ? relative(ROOT, resolve(ROOT, dirname(from), fileName)) : fileName, local });
    }
  }
  return edges;
}

/** The index of a file's layer in {@link LAYERS}, or -1 when it is under no layer. */
export function layerOf(file: string): number {
  return LAYERS.findIndex((layer) => layer.prefixes.some((p) => file === p || file.startsWith(p)));
}

/** Imports that go up a layer, as `from -> to (layer -> layer)`. */
export function upwardImports(edges: readonly Edge[]): string[] {
  const bad: string[] = [];
  for (const { from, to, local } of edges) {
    if (!local) continue;
    const a = layerOf(from);
    const b = layerOf(to);
    if (a >= 0 && b > a) bad.push(`${from} -> ${to} (${LAYERS[a].name} imports ${LAYERS[b].name})`);
  }
  return bad;
}

/** Strongly connected components of more than one file (Tarjan): each holds an import cycle. */
export function importCycles(edges: readonly Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to, local } of edges) if (local && from !== to) next.set(from, [...(next.get(from) ?? []), to]);
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const v of [...next.keys()].sort()) if (!index.has(v)) visit(v);
  return cycles;
}

/**
 * Node built-ins reached from browser-safe code, as `file -> ... -> module`: the shortest import
 * chain from a file under {@link BROWSER_SAFE} to a `node:` module or a bare built-in name.
 */
export function nodeOnlyReach(edges: readonly Edge[]): string[] {
  const byFile = new Map<string, Edge[]>();
  for (const e of edges) byFile.set(e.from, [...(byFile.get(e.from) ?? []), e]);
  const builtin = (name: string): boolean => name.startsWith('node:') || BUILTINS.has(name);
  const found: string[] = [];
  for (const start of byFile.keys()) {
    if (!BROWSER_SAFE.some((p) => start.startsWith(p))) continue;
    const seen = new Set([start]);
    const queue: string[][] = [[start]];
    while (queue.length > 0) {
      const path = queue.shift()!;
      const edgesOut = byFile.get(path[path.length - 1]) ?? [];
      const hit = edgesOut.find((e) => !e.local && builtin(e.to));
      if (hit !== undefined) {
        found.push([...path, hit.to].join(' -> '));
        break;
      }
      for (const e of edgesOut) if (e.local && !seen.has(e.to)) (seen.add(e.to), queue.push([...path, e.to]));
    }
  }
  return found;
}

const BUILTINS = new Set(['fs', 'path', 'os', 'url', 'module', 'crypto', 'child_process', 'worker_threads', 'util', 'stream', 'http', 'net', 'zlib', 'events', 'process', 'buffer']);
