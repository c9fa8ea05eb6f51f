/**
 * How intervention parameters and fields are declared. Each fact about a parameter (type,
 * default, range, unit, meaning, source) is written once, here in the engine next to the code
 * that uses it; `scenarios/generateSchema.ts` writes the scenario JSON Schema and the
 * README's parameter tables from these declarations (`npm run schema`).
 *
 * It imports only the ground floor's language types, so kinds, the registry and the scenario
 * layer can all read it without forming a cycle.
 */
import type { Text } from '../../base/lang.ts';


/** The value of an intervention parameter. */
export type ParamValue = number | boolean;

/** What every declared field or parameter says about itself. */
interface Documented {
  /** Unit as shown to users ("share (0-1)", "days", "boolean" ...). */
  readonly unit: string;
  /** What it means, in both languages (the schema's `description` is the English one). */
  readonly description: Text;
  /** Where the default comes from: seed document, cited figure, or "assumption". */
  readonly source: string;
}

/** A numeric parameter; bounds are JSON Schema's (inclusive unless `exclusive...`). */
export interface NumberParam extends Documented {
  readonly type: 'number' | 'integer';
  readonly default: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
}

/** A switch. */
export interface BooleanParam extends Documented {
  readonly type: 'boolean';
  readonly default: boolean;
}

/** One parameter of an intervention kind. */
export type ParamDef = NumberParam | BooleanParam;

/**
 * The declared parameters of a kind with params `P`: numbers get a NumberParam, switches a
 * BooleanParam, and a kind seen through the registry (values number | boolean) either.
 */
export type ParamDefs<P extends Record<string, ParamValue>> = {
  readonly [K in keyof P]: P[K] extends boolean ? BooleanParam : P[K] extends number ? NumberParam : ParamDef;
};

/** A field of an intervention other than its params: a number, a fixed set, a list, text or a group. */
export type FieldDef =
  | (Omit<NumberParam, 'default'> & { readonly default?: number })
  | (Documented & { readonly type: 'enum'; readonly values: readonly string[] })
  | (Documented & { readonly type: 'string'; readonly minLength?: number })
  | (Documented & { readonly type: 'array'; readonly items: ItemDef; readonly minItems?: number; readonly uniqueItems?: boolean })
  | ObjectDef;

/** The items of a list field. */
export type ItemDef = { readonly type: 'integer'; readonly minimum?: number } | { readonly type: 'enum'; readonly values: readonly string[] };

/** A group of fields; groups carry a meaning but no unit or source (their leaves do). */
export interface ObjectDef {
  readonly type: 'object';
  readonly description: Text;
  readonly fields: Readonly<Record<string, FieldDef>>;
  readonly required?: readonly string[];
  /** `{}` when the whole group may be left out and its fields filled with their defaults. */
  readonly default?: Record<string, never>;
}

/**
 * Why a declared default breaks its own declaration (wrong type, not whole, out of range), or
 * undefined when it is fine. The schema generator refuses such a declaration.
 */
export function defaultProblem(def: ParamDef): string | undefined {
  const d = def.default;
  if (def.type === 'boolean') return typeof d === 'boolean' ? undefined : `default ${String(d)} is not true or false`;
  if (typeof d !== 'number' || !Number.isFinite(d)) return `default ${String(d)} is not a finite number`;
  if (def.type === 'integer' && !Number.isInteger(d)) return `default ${d} is not an integer`;
  if (def.minimum !== undefined && d < def.minimum) return `default ${d} is below the minimum ${def.minimum}`;
  if (def.maximum !== undefined && d > def.maximum) return `default ${d} is above the maximum ${def.maximum}`;
  if (def.exclusiveMinimum !== undefined && d <= def.exclusiveMinimum) return `default ${d} is not above ${def.exclusiveMinimum}`;
  if (def.exclusiveMaximum !== undefined && d >= def.exclusiveMaximum) return `default ${d} is not below ${def.exclusiveMaximum}`;
  return undefined;
}
