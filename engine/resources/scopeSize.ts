/**
 * The size of an intervention's scope (`ScopeSize`): counted on a built county at run time, or
 * estimated from the scenario alone for budget checks at validation and for the budget rule
 * (which must not depend on the run's seed).
 */
import type { Cadres } from '../agents/cadres.ts';
import { DEPARTMENT_COUNT } from '../agents/departments.ts';
import type { Committees } from '../agents/committees.ts';
import type { Residents } from '../agents/residents.ts';
import type { Scope } from '../interventions/kind.ts';
import type { Layout } from '../county/layout.ts';
import { AGE_GROUPS, ZONES, type Scenario } from '../scenario.ts';
import type { ScopeSize } from './consumption.ts';

/** What `countScope` reads of a built county. */
export interface BuiltCounty {
  readonly layout: Layout;
  readonly committees: Committees;
  readonly residents: Residents;
  readonly cadres: Cadres;
}

/** The scope's size on a built county. */
export function countScope(scope: Scope, county: BuiltCounty): ScopeSize {
  const { layout, committees: c, residents: r, cadres } = county;
  let places = 0, villages = 0, grids = 0, households = 0, residents = 0, targeted = 0, targetedAdults = 0;
  for (let p = 0; p < c.size; p++) {
    if (!scope.places[p]) continue;
    places++;
    if (!c.urban[p]) villages++;
    grids += c.grids[p];
    households += c.households[p];
    residents += c.residents[p];
    for (let i = c.firstResident[p]; i < c.firstResident[p] + c.residents[p]; i++)
      if (scope.zones[r.zone[i]] && scope.ageGroups[r.ageGroup[i]]) {
        targeted++;
        if (r.ageGroup[i] > 0) targetedAdults++;
      }
  }
  let townshipCadres = 0;
  let departmentCadres = 0;
  for (let k = 0; k < cadres.size; k++) {
    const post = cadres.post[k];
    if (post >= layout.townships) departmentCadres++;
    else if (scope.townships[post]) townshipCadres++;
  }
  return { townships: count(scope.townships), places, villages, communities: places - villages, grids, households, residents, targeted, targetedAdults, townshipCadres, departmentCadres };
}

/**
 * The scope's expected size from the scenario: places and townships exactly (the layout's
 * structure does not depend on the seed), residents by the layout drawn with a fixed seed, and
 * households, grids and targeted residents from the zone shares, household sizes, grid sizes
 * and age shares.
 */
export function estimateScope(scope: Scope, scenario: Scenario, layout: Layout): ScopeSize {
  const { county, population, cadres } = scenario;
  let places = 0, villages = 0, grids = 0, households = 0, residents = 0, targeted = 0, targetedAdults = 0;
  for (let p = 0; p < layout.placeTownship.length; p++) {
    if (!scope.places[p]) continue;
    const n = layout.placeResidents[p];
    const urban = layout.placeUrban[p] === 1;
    places++;
    residents += n;
    // A community's households are urban-hukou or migrant (migrantShare); a village's are rural.
    const parts: [number, number][] = urban ? [[0, 1 - county.migrantShare], [2, county.migrantShare]] : [[1, 1]];
    let placeHouseholds = 0;
    for (const [zone, share] of parts) {
      const name = ZONES[zone];
      placeHouseholds += (n * share) / county.householdSize[name];
      if (!scope.zones[zone]) continue;
      let ages = 0;
      let adultAges = 0;
      AGE_GROUPS.forEach((g, a) => {
        if (!scope.ageGroups[a]) return;
        ages += population.ageShares[name][g];
        if (a > 0) adultAges += population.ageShares[name][g];
      });
      targeted += n * share * ages;
      targetedAdults += n * share * adultAges;
    }
    if (!urban) villages++;
    households += placeHouseholds;
    grids += Math.max(1, Math.ceil(placeHouseholds / (urban ? county.gridHouseholds.urban : county.gridHouseholds.rural)));
  }
  return {
    townships: count(scope.townships),
    places,
    villages,
    communities: places - villages,
    grids,
    households,
    residents,
    targeted,
    targetedAdults,
    townshipCadres: count(scope.townships) * cadres.perTownship,
    departmentCadres: cadres.perDepartment * DEPARTMENT_COUNT,
  };
}

function count(flags: Uint8Array): number {
  let n = 0;
  for (const f of flags) n += f;
  return n;
}
