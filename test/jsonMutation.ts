/**
 * Mutations of JSON documents for the loaders' fuzz tests: delete, replace or add a value at a
 * JSON pointer, applied to a copy.
 */
import { splitPointer } from '../base/wording.ts';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type Mutation =
  | { op: 'delete'; at: string }
  | { op: 'replace'; at: string; value: Json }
  | { op: 'add'; at: string; key: string; value: Json };

/** Every JSON pointer in a document, the root (`''`) first. */
export function pointers(value: Json, at = ''): string[] {
  if (value === null || typeof value !== 'object') return [at];
  const children = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return [at, ...children.flatMap(([k, v]) => pointers(v, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`))];
}

/** Applies mutations in order to a copy of `base`; ones whose target no longer exists are skipped. */
export function mutate(base: Json, mutations: readonly Mutation[]): Json {
  let root = structuredClone(base);
  for (const m of mutations) {
    const keys = splitPointer(m.at);
    if (keys.length === 0) {
      if (m.op === 'replace') root = m.value;
      continue;
    }
    let parent: Json = root;
    for (const k of keys.slice(0, -1)) {
      if (parent === null || typeof parent !== 'object' || !Object.hasOwn(parent, k)) {
        parent = null;
        break;
      }
      parent = (parent as Record<string, Json>)[k]!;
    }
    if (parent === null || typeof parent !== 'object') continue;
    const last = keys[keys.length - 1]!;
    if (!Object.hasOwn(parent, last)) continue;
    const target = (parent as Record<string, Json>)[last]!;
    if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete (parent as Record<string, Json>)[last];
    } else if (m.op === 'replace') {
      (parent as Record<string, Json>)[last] = m.value;
    } else if (target !== null && typeof target === 'object') {
      if (Array.isArray(target)) target.push(m.value);
      // defineProperty keeps keys such as "__proto__" ordinary own properties
      else Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
    }
  }
  return root;
}
