/**
 * Intervention parameters are declared once, in the engine's kind files; the schema's
 * intervention part and the README's parameter tables are generated from them. These tests keep
 * the committed files equal to what `npm run schema` writes and the declarations sound.
 */
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTERVENTION_FIELDS } from '../../engine/interventions/fields.ts';
import { defaultProblem, type FieldDef, type ParamDef } from '../../engine/interventions/params.ts';
import { INTERVENTION_KINDS as ENGINE_KINDS } from '../../engine/interventions/registry.ts';
import { generatedFiles } from '../../scenarios/generateSchema.ts';
import { paramNode } from '../../scenarios/interventionSchema.ts';

const base: ParamDef = { type: 'number', default: 0.5, minimum: 0, maximum: 1, unit: 'share (0-1)', source: 'assumption', description: { en: 'x', zh: 'x' } };

describe('intervention declarations', () => {
  it.each(generatedFiles().map((f) => [relative(process.cwd(), f.path), f] as const))('%s equals what `npm run schema` writes', (path, file) => {
    // One clear message rather than a 4,000-line diff.
    expect(file.current === file.expected, `${path} is stale: run \`npm run schema\` and commit the result`).toBe(true);
  });

  it.each(Object.keys(ENGINE_KINDS))('%s: every default is inside its declared range and documented', (kind) => {
    for (const [name, def] of Object.entries(ENGINE_KINDS[kind]!.params)) {
      expect(defaultProblem(def), `${kind}.${name}`).toBeUndefined();
      expect(def.description.en.length > 5 && def.description.zh.length > 1 && def.unit.length > 0 && def.source.length > 0, `${kind}.${name} documented`).toBe(true);
      if (def.type !== 'boolean') expect([def.minimum ?? def.exclusiveMinimum, def.maximum ?? def.exclusiveMaximum].every((b) => typeof b === 'number'), `${kind}.${name} bounded`).toBe(true);
    }
  });

  it('shared fields with a default keep it inside their range', () => {
    const numbers = (defs: Readonly<Record<string, FieldDef>>): [string, FieldDef][] =>
      Object.entries(defs).flatMap(([k, d]) => (d.type === 'object' ? numbers(d.fields) : [[k, d] as [string, FieldDef]]));
    for (const [name, def] of numbers(INTERVENTION_FIELDS)) {
      if ((def.type === 'number' || def.type === 'integer') && def.default !== undefined) expect(defaultProblem({ ...def, default: def.default }), name).toBeUndefined();
    }
  });

  it('the generator refuses a default outside its range, of the wrong type, or not whole', () => {
    expect(() => paramNode('k.p', { ...base, default: 2 })).toThrow('k.p: default 2 is above the maximum 1');
    expect(() => paramNode('k.p', { ...base, default: -1 })).toThrow('below the minimum 0');
    expect(() => paramNode('k.p', { ...base, type: 'integer', maximum: 5, default: 1.5 })).toThrow('not an integer');
    expect(() => paramNode('k.p', { ...base, minimum: undefined, exclusiveMinimum: 0.5 })).toThrow('not above 0.5');
    expect(paramNode('k.p', base)).toEqual({ type: 'number', minimum: 0, maximum: 1, default: 0.5, description: 'x', title: 'x', 'x-unit': 'share (0-1)', 'x-source': 'assumption' });
  });
});
