/**
 * The scenario JSON Schema as data, and what the loader and its messages read from it: each
 * intervention kind's parameters and where each known key lives. The kinds themselves come from
 * the engine's registry, which the schema's intervention part is generated from
 * (`npm run schema`).
 */
import { INTERVENTION_KINDS as ENGINE_KINDS } from '../engine/interventions/registry.ts';
import schemaJson from './scenario.schema.json' with { type: 'json' };

/** A JSON Schema node as found in `scenario.schema.json` (only the keywords read here). */
export interface SchemaNode {
  type?: string;
  description?: string;
  default?: unknown;
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  title?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  pattern?: string;
  'x-unit'?: string;
  'x-source'?: string;
  [keyword: string]: unknown;
}

/** The scenario schema (draft 2020-12). */
export const scenarioSchema: SchemaNode = schemaJson as SchemaNode;

interface InterventionDefs {
  allOf: { if: { properties: { kind: { const: string } } }; then: { properties: { params: SchemaNode } } }[];
}

const interventionDefs = (schemaJson.$defs.intervention as unknown) as InterventionDefs;

/** The intervention kinds, in registry order (also the schema's order). */
export const INTERVENTION_KINDS: readonly string[] = Object.freeze(Object.keys(ENGINE_KINDS));

/** The params schema of an intervention kind, or undefined for an unknown kind. */
export function paramsSchema(kind: string): SchemaNode | undefined {
  return interventionDefs.allOf.find((branch) => branch.if.properties.kind.const === kind)?.then.properties.params;
}

/** Every (parent path, key) of the scenario's object tree, for "this key belongs elsewhere" hints. */
const KEY_HOMES: ReadonlyMap<string, readonly string[]> = indexKeys();

function indexKeys(): Map<string, string[]> {
  const homes = new Map<string, string[]>();
  const walk = (node: SchemaNode, path: string): void => {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      if (path === '' && (key === '$schema' || key === 'description')) continue;
      const list = homes.get(key) ?? [];
      list.push(path);
      homes.set(key, list);
      walk(child, `${path}/${key}`);
    }
  };
  walk(scenarioSchema, '');
  return homes;
}

/** The paths of the objects that have a property named `key` (`""` for the top level). */
export function homesOfKey(key: string): readonly string[] {
  return KEY_HOMES.get(key) ?? [];
}
