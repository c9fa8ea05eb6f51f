import { AGE_GROUPS, EDUCATION_LEVELS, ZONES, type Scenario } from '../scenario.ts';
import { ALWAYS, CHILD, MIGRANT, OUT_OF_REACH, RURAL, URBAN, createResidents, type Residents } from '../agents/residents.ts';
import { clampedNormal, normal, pickWeighted, poisson, stream, type Rng } from '../core/rng.ts';
import type { Layout } from './layout.ts';

/** Lower bound and span (years) of each age group; 60+ draws a tail up to 100. */
const AGE_RANGES: readonly [number, number][] = [
  [0, 18],
  [18, 22],
  [40, 20],
  [60, 0],
];

export interface Population {
  residents: Residents;
  /** Per place: households, first grid, grid count. Per grid: households. */
  placeHouseholds: Int32Array;
  placeFirstGrid: Int32Array;
  placeGrids: Int32Array;
  gridHouseholds: Int32Array;
}

/**
 * Generates the residents place by place, household by household. Each township draws from its
 * own stream, so a township's population does not depend on the others (partition-ready).
 * Households share zone and income; other attributes are drawn per person from the zone's
 * shares (household age structure is not modelled).
 */
export function buildPopulation(s: Scenario, layout: Layout, seed: number): Population {
  const n = layout.townshipFirstResident[layout.townships];
  const r = createResidents(n);
  const places = layout.placeResidents.length;
  const placeHouseholds = new Int32Array(places);
  const placeFirstGrid = new Int32Array(places);
  const placeGrids = new Int32Array(places);
  const gridHouseholds: number[] = [];
  const ageShares = ZONES.map((z) => AGE_GROUPS.map((g) => s.population.ageShares[z][g]));
  const eduShares = ZONES.map((z) => EDUCATION_LEVELS.map((e) => s.population.educationShares[z][e]));
  const incomeLaw = ZONES.map((z) => {
    const { mean, medianToMean } = s.population.income[z];
    const sigma = Math.sqrt(2 * Math.log(1 / medianToMean));
    return { mu: Math.log(mean) - (sigma * sigma) / 2, sigma, mean };
  });
  let household = 0;
  for (let t = 0; t < layout.townships; t++) {
    const rng = stream(seed, 'population', t);
    let i = layout.townshipFirstResident[t];
    for (let p = layout.townshipFirstPlace[t]; p < layout.townshipFirstPlace[t + 1]; p++) {
      const urbanPlace = layout.placeUrban[p] === 1;
      const end = i + layout.placeResidents[p];
      const firstHousehold = household;
      const perGrid = urbanPlace ? s.county.gridHouseholds.urban : s.county.gridHouseholds.rural;
      placeFirstGrid[p] = gridHouseholds.length;
      while (i < end) {
        const zone = urbanPlace ? (rng() < s.county.migrantShare ? MIGRANT : URBAN) : RURAL;
        const size = Math.min(end - i, 1 + Math.min(7, poisson(rng, s.county.householdSize[ZONES[zone]] - 1)));
        const law = incomeLaw[zone];
        const income = Math.exp(law.mu + law.sigma * normal(rng));
        const coverageDraw = rng();
        const local = household - firstHousehold;
        if (local % perGrid === 0) gridHouseholds.push(0);
        const grid = gridHouseholds.length - 1;
        gridHouseholds[grid]++;
        for (let k = 0; k < size; k++, i++) {
          r.zone[i] = zone;
          r.township[i] = t;
          r.place[i] = p;
          r.grid[i] = grid;
          r.household[i] = household;
          r.income[i] = income;
          r.incomeRel[i] = income / law.mean;
          r.propensityBase[i] = s.reporting.propensity.intercept + s.reporting.propensity.logIncome * Math.log(income / law.mean);
          r.coverageDraw[i] = coverageDraw;
          drawPerson(s, r, i, zone, rng, ageShares[zone], eduShares[zone]);
        }
        household++;
      }
      placeHouseholds[p] = household - firstHousehold;
      placeGrids[p] = gridHouseholds.length - placeFirstGrid[p];
    }
  }
  return { residents: r, placeHouseholds, placeFirstGrid, placeGrids, gridHouseholds: Int32Array.from(gridHouseholds) };
}

function drawPerson(s: Scenario, r: Residents, i: number, zone: number, rng: Rng, ages: number[], edu: number[]): void {
  const z = ZONES[zone];
  const group = pickWeighted(rng, ages);
  const [lo, span] = AGE_RANGES[group];
  r.ageGroup[i] = group;
  r.age[i] = span > 0 ? lo + Math.floor(rng() * span) : Math.min(100, lo + Math.floor(-10 * Math.log(1 - rng())));
  r.education[i] = group === 0 ? 0 : pickWeighted(rng, edu);
  r.propensityBase[i] += s.reporting.propensity.education * r.education[i];
  const d = s.digital;
  r.device[i] = rng() < d.deviceShare[z][AGE_GROUPS[group]] ? 1 : 0;
  const skillMean = d.skillMean[z] + d.skillAgeOffset[AGE_GROUPS[group]] + d.skillPerEducation * r.education[i];
  r.skill[i] = clampedNormal(rng, skillMean, d.skillSd);
  const sat = s.satisfaction;
  r.trust[i] = clampedNormal(rng, sat.initialTrust[z], 0.12);
  r.satisfaction[i] = clampedNormal(rng, sat.initialSatisfaction[z], 0.12);
  r.expectation[i] = clampedNormal(rng, sat.initialExpectation[z], 0.08);
  r.efficacy[i] = clampedNormal(rng, s.participation.initialEfficacy[z], 0.12);
  r.threshold[i] = s.participation.threshold.mean + s.participation.threshold.sd * normal(rng);
  const kind = rng();
  if (kind < s.participation.outOfReach[z]) r.threshold[i] = OUT_OF_REACH;
  else if (kind < s.participation.outOfReach[z] + s.participation.activists[z]) r.threshold[i] = ALWAYS;
  if (group === 0) r.participation[i] = r.participationPrev[i] = CHILD;
}
