import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../engine/simulation.ts';
import { parseScenario } from '../../scenarios/loader.ts';
import { smallJson } from '../fixtures.ts';

/** The built county of small.json at 6,000 residents, with rural organisations per village set. */
function built(ruralOrganisations: number) {
  const json = smallJson();
  json.county.residents = 6000;
  json.organisations = { ...json.organisations, perPlace: { ...json.organisations?.perPlace, rural: ruralOrganisations } };
  return createSimulation(parseScenario(json, 'test scenario'), { seed: 7 }).state;
}

/** A place's organisations as rows of their attributes. */
function organisationsOf(state: ReturnType<typeof built>, p: number): number[][] {
  const c = state.committees;
  const o = state.organisations;
  const rows: number[][] = [];
  for (let k = c.firstOrganisation[p]; k < c.firstOrganisation[p] + c.organisationCount[p]; k++) rows.push([o.categories[k], o.volunteers[k], o.contractDraw[k]]);
  return rows;
}

function firmsOf(state: ReturnType<typeof built>, p: number): number[][] {
  const c = state.committees;
  const f = state.firms;
  const rows: number[][] = [];
  for (let k = c.firstFirm[p]; k < c.firstFirm[p] + c.firmCount[p]; k++) rows.push([f.size[k], f.sector[k], f.willingness[k]]);
  return rows;
}

describe('institution streams', () => {
  it('changing how many organisations villages have leaves every other draw of the county as it was', () => {
    const few = built(0.5);
    const many = built(4);
    const c = few.committees;
    let villagesWithMore = 0;
    for (let p = 0; p < c.size; p++) {
      for (const field of ['distanceKm', 'coverageBase', 'competence', 'branchStrength', 'assets'] as const) expect(many.committees[field][p], `${field} of place ${p}`).toBe(c[field][p]);
      expect(firmsOf(many, p), `firms of place ${p}`).toEqual(firmsOf(few, p));
      if (c.urban[p]) expect(organisationsOf(many, p), `organisations of community ${p}`).toEqual(organisationsOf(few, p));
      else if (many.committees.organisationCount[p] > c.organisationCount[p]) villagesWithMore++;
    }
    // The change did reach the villages (so the comparison above is not vacuous).
    expect(villagesWithMore).toBeGreaterThan(c.size / 4);
  });
});
