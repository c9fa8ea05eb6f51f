import { CATEGORIES, type Scenario } from '../scenario.ts';
import { createCadres, type Cadres } from '../agents/cadres.ts';
import { createCommittees, type Committees } from '../agents/committees.ts';
import { DEPARTMENT_COUNT, createDepartment, type Department } from '../agents/departments.ts';
import { createFirms, type Firms } from '../agents/firms.ts';
import { createOrganisations, type Organisations } from '../agents/organisations.ts';
import { COUNTY, clampedNormal, poisson, randInt, stream } from '../core/rng.ts';
import type { Layout } from './layout.ts';
import type { Population } from './population.ts';

/** Social organisations serve the first four categories: employment, care, environment, dispute. */
export const ORGANISATION_CATEGORIES = 4;

export interface Institutions {
  committees: Committees;
  organisations: Organisations;
  firms: Firms;
  departments: Department[];
  cadres: Cadres;
}

/** Builds committees, organisations and firms township by township, then county bodies. */
export function buildInstitutions(s: Scenario, layout: Layout, pop: Population, seed: number, horizonDays: number): Institutions {
  const places = layout.placeResidents.length;
  const c = createCommittees(places);
  const orgPlaces: number[] = [];
  const orgCategories: number[] = [];
  const orgVolunteers: number[] = [];
  const orgDraws: number[] = [];
  const firmRows: { place: number; size: number; sector: number; willingness: number }[] = [];
  let firstResident = 0;
  for (let t = 0; t < layout.townships; t++) {
    for (let p = layout.townshipFirstPlace[t]; p < layout.townshipFirstPlace[t + 1]; p++) {
      // One stream per place and concern, so that changing how many organisations (or firms) a
      // village draws leaves every other place's draws, and the same place's committee, as they were.
      const rng = stream(seed, `institutions:committee:${p}`, t);
      const orgRng = stream(seed, `institutions:organisations:${p}`, t);
      const firmRng = stream(seed, `institutions:firms:${p}`, t);
      const urban = layout.placeUrban[p];
      const n = layout.placeResidents[p];
      c.township[p] = t;
      c.urban[p] = urban;
      c.residents[p] = n;
      c.households[p] = pop.placeHouseholds[p];
      c.firstResident[p] = firstResident;
      firstResident += n;
      c.firstGrid[p] = pop.placeFirstGrid[p];
      c.grids[p] = pop.placeGrids[p];
      const meanKm = urban ? s.county.distanceKm.urban : s.county.distanceKm.rural;
      c.distanceKm[p] = meanKm * Math.exp(0.4 * clampedNormal(rng, 0, 1, -3, 3) - 0.08);
      const cov = urban ? s.digital.coverage.urban : s.digital.coverage.rural;
      c.coverageBase[p] = urban ? cov : clampedNormal(rng, cov, 0.03, 0, 1);
      c.staff[p] = urban ? (s.committees.staff.communityPer10k * n) / 10_000 : s.committees.staff.villagePerPlace;
      c.competence[p] = clampedNormal(rng, s.committees.competence.mean, s.committees.competence.sd, 0.05, 1);
      c.branchStrength[p] = clampedNormal(rng, s.committees.branchStrength.mean, s.committees.branchStrength.sd, 0.05, 1);
      c.needRelief[p] = 1;
      c.volunteerActive[p] = 1;
      if (!urban) {
        const a = s.collectiveEconomy.assetsPerCapita;
        c.assets[p] = n * clampedNormal(rng, a.mean, a.sd, 0, Infinity);
      }
      const orgs = poisson(orgRng, urban ? s.organisations.perPlace.urban : s.organisations.perPlace.rural);
      for (let k = 0; k < orgs; k++) {
        orgPlaces.push(p);
        const first = randInt(orgRng, ORGANISATION_CATEGORIES);
        const second = randInt(orgRng, ORGANISATION_CATEGORIES);
        orgCategories.push((1 << first) | (1 << second));
        orgVolunteers.push(poisson(orgRng, s.organisations.volunteers));
        orgDraws.push(orgRng());
      }
      const firms = poisson(firmRng, ((urban ? s.firms.perThousand.urban : s.firms.perThousand.rural) * n) / 1000);
      for (let k = 0; k < firms; k++) {
        firmRows.push({
          place: p,
          size: Math.max(1, Math.round(Math.exp(2 + 1.2 * clampedNormal(firmRng, 0, 1, -3, 3)))),
          sector: urban ? 1 + randInt(firmRng, 2) : randInt(firmRng, 3),
          willingness: clampedNormal(firmRng, s.firms.willingness.mean, s.firms.willingness.sd),
        });
      }
    }
  }
  const o = createOrganisations(orgPlaces.length);
  orgPlaces.forEach((p, k) => {
    o.place[k] = p;
    o.categories[k] = orgCategories[k];
    o.capacity[k] = s.organisations.capacity;
    o.volunteers[k] = orgVolunteers[k];
    o.contractDraw[k] = orgDraws[k];
  });
  const f = createFirms(firmRows.length);
  firmRows.forEach((row, k) => {
    f.place[k] = row.place;
    f.size[k] = row.size;
    f.sector[k] = row.sector;
    f.willingness[k] = row.willingness;
  });
  return { committees: c, organisations: o, firms: f, departments: buildDepartments(s, seed, horizonDays), cadres: buildCadres(s, layout, seed) };
}

function buildDepartments(s: Scenario, seed: number, horizonDays: number): Department[] {
  const rng = stream(seed, 'build:departments', COUNTY);
  return CATEGORIES.map((category, d) =>
    createDepartment(d, (s.departments.capacityPer10k[category] * s.county.residents) / 10_000, clampedNormal(rng, s.departments.competence.mean, s.departments.competence.sd, 0.05, 1), horizonDays),
  );
}

function buildCadres(s: Scenario, layout: Layout, seed: number): Cadres {
  const rng = stream(seed, 'build:cadres', COUNTY);
  const { perTownship, perDepartment, townshipExperience: te, departmentExperience: de } = s.cadres;
  const cadres = createCadres(perTownship * layout.townships + perDepartment * DEPARTMENT_COUNT);
  let k = 0;
  const years = (mean: number) => clampedNormal(rng, mean, mean * 0.5, 0, 40);
  for (let t = 0; t < layout.townships; t++)
    for (let j = 0; j < perTownship; j++, k++) {
      cadres.post[k] = t;
      cadres.countyYears[k] = years(te.county);
      cadres.grassrootsYears[k] = years(te.grassroots);
    }
  for (let d = 0; d < DEPARTMENT_COUNT; d++)
    for (let j = 0; j < perDepartment; j++, k++) {
      cadres.post[k] = layout.townships + d;
      cadres.countyYears[k] = years(de.county);
      cadres.grassrootsYears[k] = years(de.grassroots);
    }
  return cadres;
}
