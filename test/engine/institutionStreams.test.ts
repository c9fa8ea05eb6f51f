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

type State = ReturnType<typeof built>;

/** The rows `first … first + count − 1` of the given columns, one array per row. */
function rows(columns: readonly ArrayLike<number>[], first: number, count: number): number[][] {
  return Array.from({ length: count }, (_, k) => columns.map((column) => column[first + k]));
}

const organisationsOf = (s: State, p: number) => rows([s.organisations.categories, s.organisations.volunteers, s.organisations.contractDraw], s.committees.firstOrganisation[p], s.committees.organisationCount[p]);
const firmsOf = (s: State, p: number) => rows([s.firms.size, s.firms.sector, s.firms.willingness], s.committees.firstFirm[p], s.committees.firmCount[p]);

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
