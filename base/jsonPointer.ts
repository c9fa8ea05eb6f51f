/**
 * Setting a value at a JSON pointer (RFC 6901) of a composed scenario, as arm overrides and sweep
 * parameters do. The target's parent must exist; an array index must address an existing item
 * (no appending with "-"). A pointer that does not resolve is described with the closest
 * existing key.
 */
import { closest, describeValue, escapePointer, listOf, splitPointer } from './wording.ts';

/** Why a pointer could not be set: what the scenario holds there, and how to fix it. */
export interface PointerProblem {
  found: string;
  hint: string;
}

/** Keys shown at most when listing what an object holds. */
const SHOWN_KEYS = 12;

/**
 * Sets `value` at `pointer` inside `root` (modified in place).
 * @param root - plain JSON data (the scenario being composed)
 * @param pointer - a JSON pointer such as `/digital/skillThreshold`
 * @param value - the new value (stored as is: pass a copy)
 * @param baseInterventions - how many interventions the base scenario has, for hints about
 *   `/interventions/<i>` (arm interventions follow the base scenario's)
 * @returns undefined when set, otherwise the problem
 */
export function setAtPointer(root: unknown, pointer: string, value: unknown, baseInterventions = 0): PointerProblem | undefined {
  if (!pointer.startsWith('/')) return notAPointer(pointer);
  const keys = splitPointer(pointer);
  let container: unknown = root;
  for (let depth = 0; depth < keys.length; depth++) {
    const key = keys[depth]!;
    const at = toPointer(keys.slice(0, depth));
    const last = depth === keys.length - 1;
    if (Array.isArray(container)) {
      const index = /^(0|[1-9]\d*)$/.test(key) ? Number(key) : NaN;
      if (!(index < container.length)) return noItem(pointer, at, key, container.length, baseInterventions);
      if (last) container[index] = value;
      else container = container[index];
    } else if (container !== null && typeof container === 'object') {
      const object = container as Record<string, unknown>;
      if (last) {
        // defineProperty keeps a key such as "__proto__" an ordinary own property
        Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
      } else if (!Object.hasOwn(object, key)) {
        return noKey(pointer, keys, depth, Object.keys(object));
      } else {
        container = object[key];
      }
    } else {
      return {
        found: `"${pointer}": ${where(at)} holds ${describeValue(container)}, which has no "${key}" inside`,
        hint: `Point at ${at === '' ? 'a value of the scenario' : at} itself, or at a key of an object.`,
      };
    }
  }
  return undefined;
}

/** The pointer of a list of keys. */
export function toPointer(keys: readonly string[]): string {
  return keys.map((k) => `/${escapePointer(k)}`).join('');
}

/** The problem with a path that is not a JSON pointer, with the pointer it probably means. */
export function notAPointer(pointer: string): PointerProblem {
  const guess = pointer.replace(/^[.\s]+/, '').split(/[./]/).filter(Boolean);
  return {
    found: describeValue(pointer),
    hint: guess.length > 0
      ? `Write a JSON pointer starting with "/", e.g. "${toPointer(guess)}".`
      : 'Write a JSON pointer starting with "/", e.g. "/participation/mobilisation".',
  };
}

function noKey(pointer: string, keys: readonly string[], depth: number, known: readonly string[]): PointerProblem {
  const at = toPointer(keys.slice(0, depth));
  const key = keys[depth]!;
  const suggestion = closest(key, known);
  const shown = known.length > SHOWN_KEYS ? `${known.slice(0, SHOWN_KEYS).join(', ')}, …` : listOf(known);
  return {
    found: `"${pointer}": the scenario has no "${key}" ${at === '' ? 'at the top level' : `in ${at}`}`,
    hint: suggestion !== undefined
      ? `Did you mean "${toPointer([...keys.slice(0, depth), suggestion, ...keys.slice(depth + 1)])}"? Keys are case-sensitive.`
      : known.length > 0 ? `Keys ${at === '' ? 'at the top level' : `of ${at}`}: ${shown}.` : `${where(at)} is empty.`,
  };
}

function noItem(pointer: string, at: string, key: string, length: number, baseInterventions: number): PointerProblem {
  const items = length === 0 ? 'no items' : length === 1 ? 'one item (index 0)' : `${length} items (0 to ${length - 1})`;
  const interventions = at === '/interventions'
    ? ` The list holds the base scenario's ${baseInterventions} intervention${baseInterventions === 1 ? '' : 's'}, then this arm's: arm intervention 0 is /interventions/${baseInterventions}.`
    : '';
  return {
    found: `"${pointer}": ${where(at)} is a list with ${items}, so "${key}" is not one of its items`,
    hint: `An index must address an existing item, counted from 0; a whole list can be replaced at ${at || 'its pointer'}.${interventions}`,
  };
}

function where(at: string): string {
  return at === '' ? 'the scenario' : at;
}
