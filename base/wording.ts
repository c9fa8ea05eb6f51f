/**
 * How values, lists and suggestions are worded in input issues: short previews of found values,
 * "did you mean" suggestions by edit distance, JSON-pointer helpers.
 */

/** Longest preview of a found value, in characters. */
const PREVIEW_LENGTH = 60;

/**
 * A short description of a value as found in a file: `the number 35`, `the string "abc"`,
 * `an object {"a": 1, …}`, `nothing (the field is missing)`.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (typeof value === 'string') return value === '' ? 'an empty string ""' : `the string ${preview(value)}`;
  if (typeof value === 'number') return `the number ${preview(value)}`;
  if (typeof value === 'boolean') return `the boolean ${String(value)}`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list []' : `a list ${preview(value)}`;
  if (typeof value === 'object') return Object.keys(value).length === 0 ? 'an empty object {}' : `an object ${preview(value)}`;
  return `a ${typeof value}`;
}

/** JSON-like text of a value, cut to about {@link PREVIEW_LENGTH} characters (safe on deep values). */
export function preview(value: unknown, limit = PREVIEW_LENGTH): string {
  const text = compact(value, 4, limit + 1);
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

/** Compact JSON text that stops early once `budget` characters are written or `depth` is used up. */
function compact(value: unknown, depth: number, budget: number): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
    return JSON.stringify(value) ?? String(value);
  }
  if (depth === 0) return Array.isArray(value) ? '[…]' : '{…}';
  const isArray = Array.isArray(value);
  const parts: string[] = [];
  let used = 2;
  const entries = isArray ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  for (const [key, v] of entries) {
    if (used > budget) {
      parts.push('…');
      break;
    }
    const item = (isArray ? '' : `${JSON.stringify(key)}: `) + compact(v, depth - 1, budget - used);
    parts.push(item);
    used += item.length + 2;
  }
  return isArray ? `[${parts.join(', ')}]` : `{${parts.join(', ')}}`;
}

/** `a, b and c`; values are quoted when `quote` is set. */
export function listOf(values: readonly unknown[], quote = false): string {
  const shown = values.map((v) => (quote || typeof v !== 'string' ? JSON.stringify(v) : v));
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/**
 * The candidate closest to `word`, if it is close enough to be a likely typo: same letters in
 * another case, or an edit distance (with transpositions) of at most a third of the length (min 1).
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const allowed = Math.max(1, Math.floor(Math.max(word.length, best.length) / 3));
  return bestDistance <= allowed ? best : undefined;
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string): number {
  if (a.length > 200 || b.length > 200) return Math.max(a.length, b.length);
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

/** Escapes one key for a JSON pointer (RFC 6901). */
export function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Splits a JSON pointer into keys. */
export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at a JSON pointer, or undefined (own properties only). */
export function valueAt(root: unknown, pointer: string): unknown {
  let value: unknown = root;
  for (const key of splitPointer(pointer)) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Whether `path` is `ancestor` or lies inside it (every path lies inside the root `""`). */
export function isWithin(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}/`);
}

/** A number written without floating-point noise, e.g. 0.30000000000000004 → 0.3. */
export function tidy(x: number): string {
  return String(Number.parseFloat(x.toPrecision(12)));
}

/** Yuan in 万元 (10,000 yuan), the unit county budgets are written in, with the yuan figure: `300 万元 (3,000,000 yuan)`. */
export function yuanText(x: number): string {
  return `${(x / 10_000).toLocaleString('en-US', { maximumFractionDigits: 1 })} 万元 (${Math.round(x).toLocaleString('en-US')} yuan)`;
}

/** The outcome of {@link copyJson}. */
export type JsonCopy = { ok: true; value: unknown } | { ok: false; issues: { path: string; expected: string; found: string; hint: string }[] };

/**
 * A deep copy of plain JSON data, so that default filling leaves the caller's object alone.
 * Anything JSON cannot hold (functions, NaN, class instances, cycles, nesting deeper than
 * `maxDepth`) is reported as an issue at its path; properties set to `undefined` are dropped and
 * -0 becomes 0, as through `JSON.stringify`. (The scenario loader applies the same rules.)
 */
export function copyJson(input: unknown, maxDepth: number): JsonCopy {
  const issues: { path: string; expected: string; found: string; hint: string }[] = [];
  const ancestors = new Set<object>();
  const bad = (path: string, expected: string, found: string, hint: string): undefined => {
    issues.push({ path, expected, found, hint });
    return undefined;
  };
  const copy = (value: unknown, path: string, depth: number): unknown => {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return bad(path, 'a finite number', String(value), 'JSON has no NaN or Infinity; write a number.');
      return value === 0 ? 0 : value;
    }
    if (typeof value !== 'object') {
      return bad(path, 'a JSON value', `a ${typeof value}`, 'Pass data as parsed from JSON: objects, lists, strings, numbers, booleans, null.');
    }
    if (depth > maxDepth) return bad(path, `at most ${maxDepth} levels of nesting`, 'deeper nesting', 'Check the brackets.');
    if (ancestors.has(value)) return bad(path, 'a value without cycles', 'an object that contains itself', 'Pass data as parsed from JSON.');
    const proto = Object.getPrototypeOf(value);
    if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) {
      return bad(path, 'a plain JSON object', `a ${value.constructor?.name ?? 'non-plain'} object ${preview(value)}`, 'Pass data as parsed from JSON.');
    }
    ancestors.add(value);
    let result: unknown;
    if (Array.isArray(value)) {
      result = Array.from(value as unknown[], (item, i) => copy(item, `${path}/${i}`, depth + 1) ?? null);
    } else {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        if (item === undefined) continue;
        // defineProperty keeps a key such as "__proto__" an ordinary own property
        Object.defineProperty(out, key, { value: copy(item, `${path}/${escapePointer(key)}`, depth + 1), enumerable: true, writable: true, configurable: true });
      }
      result = out;
    }
    ancestors.delete(value);
    return result;
  };
  const value = copy(input, '', 0);
  return issues.length === 0 ? { ok: true, value } : { ok: false, issues };
}

/** Freezes a value and everything inside it, so a resolved file cannot be changed by mistake. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
