/** experiment.schema.json: draft 2020-12, closed objects, every property documented with its default. */
import Ajv2020Module from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { experimentSchema } from '../../../experiments/design/schemaIssues.ts';
import { scenarioSchema, type SchemaNode } from '../../../scenarios/schema.ts';

/** Every property schema with its location, and whether its object lists it as required. */
function properties(node: unknown, at = ''): { at: string; node: SchemaNode; required: boolean }[] {
  if (node === null || typeof node !== 'object') return [];
  const n = node as SchemaNode;
  const own = Object.entries(n.properties ?? {}).map(([key, child]) => ({ at: `${at}/properties/${key}`, node: child, required: (n.required ?? []).includes(key) }));
  return own.concat(Object.entries(n).filter(([k]) => k !== 'default' && k !== 'enum').flatMap(([k, v]) => properties(v, `${at}/${k}`)));
}

/** Every schema node that describes objects. */
function objectNodes(node: unknown, at = ''): { at: string; node: SchemaNode }[] {
  if (node === null || typeof node !== 'object') return [];
  const n = node as SchemaNode;
  const types = ([] as unknown[]).concat(n.type ?? []);
  const own = !Array.isArray(node) && types.includes('object') ? [{ at, node: n }] : [];
  return own.concat(Object.entries(n).filter(([k]) => k !== 'default').flatMap(([k, v]) => objectNodes(v, `${at}/${k}`)));
}

describe('experiment.schema.json', () => {
  it('is a draft 2020-12 schema with an $id that ajv compiles in strict mode', () => {
    expect(experimentSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(experimentSchema.$id).toBe('https://ronghe.dev/schema/experiments/experiment.schema.json');
    const ajv = new Ajv2020Module.default({ strict: true, allowUnionTypes: true });
    for (const keyword of ['x-unit', 'x-source', 'x-default']) ajv.addKeyword({ keyword, schemaType: 'string' });
    ajv.addSchema(scenarioSchema, new URL('../scenarios/scenario.schema.json', String(experimentSchema.$id)).href);
    expect(() => ajv.compile(experimentSchema)).not.toThrow();
  });

  it('refers to the scenario schema for arm interventions, by a path that works from the repository too', () => {
    const arm = (experimentSchema.$defs as Record<string, SchemaNode>).arm!;
    expect((arm.properties!.interventions!.items as SchemaNode).$ref).toBe('../scenarios/scenario.schema.json#/$defs/intervention');
  });

  it('closes every object with additionalProperties: false, except the overrides map', () => {
    const nodes = objectNodes(experimentSchema);
    expect(nodes.length).toBeGreaterThan(8);
    for (const { at, node } of nodes) {
      if (at.endsWith('/overrides')) expect(node.additionalProperties, at).toBeUndefined();
      else expect(node.additionalProperties, at).toBe(false);
    }
  });

  it('documents every property, and gives every optional one a default (a value, or x-default in words)', () => {
    const all = properties(experimentSchema);
    expect(all.length).toBeGreaterThan(30);
    for (const { at, node, required } of all) {
      const target = typeof node.$ref === 'string' && node.$ref.startsWith('#/$defs/')
        ? { ...(experimentSchema.$defs as Record<string, SchemaNode>)[node.$ref.slice('#/$defs/'.length)], ...node }
        : node;
      expect(typeof target.description === 'string' && target.description.length > 5, `${at} description`).toBe(true);
      if (!required) expect(target.default !== undefined || typeof target['x-default'] === 'string', `${at} default`).toBe(true);
    }
  });
});
