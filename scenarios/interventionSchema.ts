/**
 * The intervention part of the scenario JSON Schema (`$defs.intervention`), built from the
 * declarations in the engine: the shared fields (`engine/interventions/fields.ts`) and each
 * kind's params (`engine/interventions/kinds/*.ts`). `npm run schema` writes it into
 * `scenario.schema.json`; a test checks the committed file equals it.
 *
 * Each declared field becomes a node with the keywords the loader and editors read: `type`,
 * bounds, `default`, `description` (English: error hints quote it), `title` (the Chinese
 * description: a standard annotation, so strict ajv accepts it and editors show it on hover),
 * `x-unit` and `x-source`.
 */
import { INTERVENTION_FIELDS } from '../engine/interventions/fields.ts';
import type { InterventionKind } from '../engine/interventions/kind.ts';
import type { Text } from '../base/lang.ts';
import { defaultProblem, type FieldDef, type ItemDef, type ParamDef } from '../engine/interventions/params.ts';
import type { SchemaNode } from './schema.ts';

/** `description`, `title` (zh), `x-unit`, `x-source` of a documented declaration. */
function documentation(def: { description: Text; unit?: string; source?: string }): SchemaNode {
  return {
    description: def.description.en,
    title: def.description.zh,
    ...(def.unit !== undefined ? { 'x-unit': def.unit } : {}),
    ...(def.source !== undefined ? { 'x-source': def.source } : {}),
  };
}

/** The JSON Schema bounds of a number, in a fixed order (undefined ones left out). */
function bounds(def: { minimum?: number; maximum?: number; exclusiveMinimum?: number; exclusiveMaximum?: number }): SchemaNode {
  const node: SchemaNode = {};
  if (def.minimum !== undefined) node.minimum = def.minimum;
  if (def.maximum !== undefined) node.maximum = def.maximum;
  if (def.exclusiveMinimum !== undefined) node.exclusiveMinimum = def.exclusiveMinimum;
  if (def.exclusiveMaximum !== undefined) node.exclusiveMaximum = def.exclusiveMaximum;
  return node;
}

/** The schema node of one kind parameter. */
export function paramNode(name: string, def: ParamDef): SchemaNode {
  const problem = defaultProblem(def);
  if (problem !== undefined) throw new Error(`parameter ${name}: ${problem}`);
  const range = def.type === 'boolean' ? {} : bounds(def);
  return { type: def.type, ...range, default: def.default, ...documentation(def) };
}

function itemNode(def: ItemDef): SchemaNode {
  return def.type === 'enum' ? { enum: [...def.values] } : { type: def.type, ...bounds(def) };
}

/** The schema node of one shared field (groups recursively; every group is closed). */
export function fieldNode(def: FieldDef): SchemaNode {
  switch (def.type) {
    case 'object': {
      const properties = Object.fromEntries(Object.entries(def.fields).map(([key, child]) => [key, fieldNode(child)]));
      return {
        type: 'object',
        ...documentation(def),
        additionalProperties: false,
        ...(def.required ? { required: [...def.required] } : {}),
        ...(def.default ? { default: {} } : {}),
        properties,
      };
    }
    case 'array':
      return {
        type: 'array',
        ...(def.minItems !== undefined ? { minItems: def.minItems } : {}),
        ...(def.uniqueItems ? { uniqueItems: true } : {}),
        items: itemNode(def.items),
        ...documentation(def),
      };
    case 'enum':
      return { enum: [...def.values], ...documentation(def) };
    case 'string':
      return { type: 'string', ...(def.minLength !== undefined ? { minLength: def.minLength } : {}), ...documentation(def) };
    default:
      return { type: def.type, ...bounds(def), ...(def.default !== undefined ? { default: def.default } : {}), ...documentation(def) };
  }
}

/** `if kind is K then params is K's params` for one kind. */
function kindBranch(kind: InterventionKind): SchemaNode {
  const properties = Object.fromEntries(Object.entries(kind.params).map(([name, def]) => [name, paramNode(`${kind.kind}.${name}`, def)]));
  return {
    if: { type: 'object', properties: { kind: { const: kind.kind } }, required: ['kind'] },
    then: {
      properties: {
        params: {
          type: 'object',
          description: `Parameters of ${kind.kind}: ${kind.practice}.`,
          additionalProperties: false,
          default: {},
          properties,
        },
      },
    },
  };
}

/**
 * `$defs.intervention`: the shared fields, then one `if`/`then` branch per kind closing its
 * params (unknown params are errors, each param is optional with its default).
 * @param kinds - the registry's kinds, in the order the schema lists them
 */
export function interventionSchema(kinds: readonly InterventionKind[]): SchemaNode {
  const names = kinds.map((k) => k.kind);
  const { start, end, target, cost, label } = INTERVENTION_FIELDS;
  return {
    type: 'object',
    description: 'One intervention: {kind, start, end?, target?, params, cost?, label?}. Each kind has its own params; see scenarios/README.md.',
    title: '一项干预：{kind, start, end?, target?, params, cost?, label?}。各类型参数不同，见 scenarios/README.md。',
    additionalProperties: false,
    required: ['kind'],
    properties: {
      kind: {
        enum: names,
        description: `What the intervention does: ${names.join(', ')}.`,
        title: '干预类型。',
        'x-unit': 'name',
        'x-source': 'engine/interventions/registry.ts',
      },
      start: fieldNode(start),
      end: fieldNode(end),
      target: fieldNode(target),
      params: { type: 'object', default: {}, description: 'Parameters of this kind; each is optional and has a default.', title: '该类型的参数；均可省略，省略时取默认值。' },
      cost: fieldNode(cost),
      label: fieldNode(label),
    },
    allOf: kinds.map(kindBranch),
  };
}
