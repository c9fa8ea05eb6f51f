/**
 * The schema's intervention params and the engine's kind definitions describe the same thing
 * twice; this keeps them in step (names, types, ranges, defaults).
 */
import { describe, expect, it } from 'vitest';
import { INTERVENTION_KINDS as ENGINE_KINDS } from '../../engine/interventions/registry.ts';
import { INTERVENTION_KINDS, paramsSchema } from '../../scenarios/schema.ts';

describe('schema params vs engine kinds', () => {
  it('have the same kinds', () => {
    expect([...INTERVENTION_KINDS].sort()).toEqual(Object.keys(ENGINE_KINDS).sort());
  });

  it.each([...INTERVENTION_KINDS])('%s: same params, types, ranges and defaults', (kind) => {
    const schemaParams = paramsSchema(kind)!.properties!;
    const engineParams = ENGINE_KINDS[kind]!.params;
    expect(Object.keys(schemaParams).sort()).toEqual(Object.keys(engineParams).sort());
    for (const [name, def] of Object.entries(engineParams)) {
      const p = schemaParams[name]!;
      expect(p.type, `${kind}.${name} type`).toBe(typeof def.default === 'boolean' ? 'boolean' : 'number');
      if (def.min !== undefined) expect(p.minimum, `${kind}.${name} min`).toBe(def.min);
      if (def.max !== undefined) expect(p.maximum, `${kind}.${name} max`).toBe(def.max);
      expect(p.default, `${kind}.${name} default`).toBe(def.default);
    }
  });
});
