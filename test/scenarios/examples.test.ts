import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INTERVENTION_KINDS } from '../../engine/interventions/registry.ts';
import { spendingPlan } from '../../engine/resources/budget.ts';
import { loadScenario } from '../../scenarios/loader.ts';

const dir = new URL('../../scenarios/examples/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('scenarios/examples', () => {
  it('has one example per intervention kind', () => {
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(Object.keys(INTERVENTION_KINDS).sort());
  });

  it.each(files)('%s is a valid scenario switching on its kind', (file) => {
    const s = loadScenario(new URL(file, dir).pathname);
    expect(s.interventions.map((i) => i.kind)).toEqual([file.replace(/\.json$/, '')]);
    // Its cost is computed from what it uses, not stated, and it plans to use something.
    expect(s.interventions[0].cost).toBeUndefined();
    const { perYear, perYearOfUse, atStart } = spendingPlan(s).interventions[0];
    expect(perYear + perYearOfUse + atStart).toBeGreaterThan(0);
  });
});
