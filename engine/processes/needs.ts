import { AGE_GROUPS, CATEGORIES, CATEGORY_INDEX, ZONES, type Scenario } from '../scenario.ts';
import { AliasTable } from '../core/alias.ts';
import { DAYS_PER_YEAR } from '../core/calendar.ts';
import { poisson } from '../core/rng.ts';
import type { SimState } from '../state.ts';
import { CROSS_DEPARTMENT, PENDING } from './cases.ts';
import { scheduleEscalation } from './escalation.ts';
import { scheduleReport } from './reporting.ts';

const { care: CARE, environment: ENVIRONMENT, infrastructure: INFRASTRUCTURE, dispute: DISPUTE } = CATEGORY_INDEX;
const K = CATEGORIES.length;

/** base × age factor × zone factor, per category, zone and age group: [c][z][g] flattened. */
function needCoefficients(s: Scenario): Float64Array {
  const out = new Float64Array(K * 3 * 4);
  CATEGORIES.forEach((c, ci) =>
    ZONES.forEach((z, zi) =>
      AGE_GROUPS.forEach((g, gi) => (out[(ci * 3 + zi) * 4 + gi] = s.needs.ratePerYear[c] * s.needs.ageFactor[c][g] * s.needs.zoneFactor[c][z])),
    ),
  );
  return out;
}

const cache = new WeakMap<Scenario, { coef: Float64Array; elasticity: Float64Array; crossShare: Float64Array }>();
function tables(s: Scenario) {
  let t = cache.get(s);
  if (!t) {
    const byCategory = (values: Record<string, number>) => Float64Array.from(CATEGORIES.map((c) => values[c]));
    t = { coef: needCoefficients(s), elasticity: byCategory(s.needs.incomeElasticity), crossShare: byCategory(s.needs.crossDepartmentShare) };
    cache.set(s, t);
  }
  return t;
}

/**
 * Rebuilds a township's sampler of who gets the next need (weights = total yearly rate). The
 * yearly rate of category c for resident i is base rate × age and zone factors ×
 * (income / zone mean)^elasticity, × public-goods relief (care, infrastructure) or × (1 + firm
 * pollution) (environment) of the resident's place. The income factor is computed as
 * exp(elasticity · ln(income / zone mean)) with the logarithm taken once per resident: a rebuild
 * covers every resident of the township, and one log plus a few exp cost far less than a pow
 * per category.
 */
function rebuildNeedSampler(sim: SimState, township: number): void {
  const ts = sim.townships[township];
  const { coef, elasticity } = tables(sim.scenario);
  const { zone, ageGroup, place, incomeRel } = sim.residents;
  const { needRelief, pollution } = sim.committees;
  const w = new Float64Array(ts.residents);
  if (ts.needRates.length !== ts.residents * K) ts.needRates = new Float32Array(ts.residents * K);
  const rates = ts.needRates;
  for (let i = ts.firstResident; i < ts.endResident; i++) {
    const base = (i - ts.firstResident) * K;
    const p = place[i];
    const row = zone[i] * 4 + ageGroup[i];
    const lnIncome = Math.log(incomeRel[i]);
    let sum = 0;
    for (let c = 0; c < K; c++) {
      let x = coef[c * 12 + row];
      if (x !== 0) {
        if (elasticity[c] !== 0) x *= Math.exp(elasticity[c] * lnIncome);
        if (c === CARE || c === INFRASTRUCTURE) x *= needRelief[p];
        else if (c === ENVIRONMENT) x *= 1 + pollution[p];
      }
      sum += rates[base + c] = x;
    }
    w[i - ts.firstResident] = sum;
  }
  ts.needSampler = new AliasTable(w);
  sim.needsDirty[township] = 0;
}

/**
 * Phase `needs` (daily, per township): the day's new needs are Poisson with the township's
 * total rate; each goes to a resident drawn in proportion to their rate, in a category drawn
 * in proportion to that resident's category rates, and is cross-department with its category's
 * share. Each need takes four uniforms in this order: two for the resident, one for the
 * category, one for cross-department. The day's uniforms are drawn first and resolved in
 * passes, because resolving them reads the sampler, the need rates and the residents at
 * scattered positions: within a pass the reads do not depend on one another and overlap.
 */
export function ariseNeeds(sim: SimState, township: number, day: number): void {
  if (sim.needsDirty[township]) rebuildNeedSampler(sim, township);
  const ts = sim.townships[township];
  const sampler = ts.needSampler!;
  const rng = ts.rng.needs;
  const n = poisson(rng, sampler.total / DAYS_PER_YEAR);
  if (n === 0) return;
  const draws = ts.needDraws.reserve(n);
  const { uniforms: u, resident, category } = draws;
  for (let k = 0; k < 4 * n; k++) u[k] = rng();
  for (let k = 0; k < n; k++) resident[k] = sampler.pick(u[4 * k], u[4 * k + 1]);
  const rates = ts.needRates;
  draws.prefetched = prefetch(sim, ts.firstResident, resident, n, rates);
  for (let k = 0; k < n; k++) {
    const base = resident[k] * K;
    let total = 0;
    for (let c = 0; c < K; c++) total += rates[base + c];
    let x = u[4 * k + 2] * total;
    let c = 0;
    while (c < K - 1 && (x -= rates[base + c]) >= 0) c++;
    category[k] = c;
  }
  const { crossShare } = tables(sim.scenario);
  for (let k = 0; k < n; k++) openCase(sim, township, ts.firstResident + resident[k], category[k], day, u[4 * k + 3] < crossShare[category[k]]);
}

/**
 * Reads, without using them, the need rates of the residents (township-local indices `local`)
 * and the values opening their cases will read, so that they are in cache by then: these reads
 * overlap, where drawing categories and opening cases one by one would wait for each. Returns
 * their sum (for a sink the compiler cannot drop).
 */
function prefetch(sim: SimState, first: number, local: Int32Array, n: number, rates: Float32Array): number {
  const { place, zone, grid, selfHazard, online } = sim.residents;
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const i = first + local[k];
    sum += rates[local[k] * K] + rates[local[k] * K + K - 1] + place[i] + zone[i] + grid[i] + selfHazard[i] + online[i];
  }
  return sum;
}

/** Opens a case; sets every field of the (possibly recycled) row. */
function openCase(sim: SimState, township: number, i: number, category: number, day: number, cross: boolean): void {
  const ts = sim.townships[township];
  const row = ts.cases.allocate();
  const c = ts.cases.cols;
  c.resident[row] = i;
  c.place[row] = sim.residents.place[i];
  const zone = (c.zone[row] = sim.residents.zone[i]);
  c.category[row] = category;
  c.stage[row] = PENDING;
  c.arisen[row] = day;
  c.reported[row] = -1;
  c.responded[row] = -1;
  c.flags[row] = cross ? CROSS_DEPARTMENT : 0;
  c.channel[row] = 0;
  c.bounces[row] = 0;
  c.escalationDue[row] = -1;
  c.disputeSlot[row] = -1;
  c.serial[row] = ++ts.serial;
  ts.pending.add(row, c.pendingSlot);
  scheduleReport(sim, township, row, day, ts.rng.reporting);
  if (category === DISPUTE) {
    ts.disputes.add(row, c.disputeSlot);
    scheduleEscalation(sim, township, row, day, ts.rng.escalation);
  }
  sim.flows.arise(zone, category);
  sim.totals.needs++;
}
