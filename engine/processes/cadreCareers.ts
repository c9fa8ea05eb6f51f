import { cadreProductivity } from '../agents/cadres.ts';
import { DEPARTMENT_COUNT } from '../agents/departments.ts';
import { DAYS_PER_YEAR } from '../core/calendar.ts';
import { clampedNormal, type Rng } from '../core/rng.ts';
import type { Intervention } from '../interventions/registry.ts';
import { charge } from '../resources/ledger.ts';
import type { SimState } from '../state.ts';

/**
 * Phase `cadreCareers` (yearly, county). Cadres gain a year of experience at the level of their
 * post; a share leave and are replaced by newcomers with the scenario's initial experience for
 * that post; under an exchange programme, a share of township cadres swap posts with department
 * cadres (down: grassroots experience for county cadres; up: county experience for township
 * cadres). Exchanged cadres take their new posts tomorrow, on the programme's handover terms
 * (`refreshProductivity`); a newcomer by turnover is taken to start at full productivity, as in
 * the baseline. Then the per-township and per-department experience means are refreshed.
 */
export function advanceCadres(sim: SimState, day: number): void {
  const s = sim.scenario.cadres;
  const T = sim.layout.townships;
  const c = sim.cadres;
  const rng = sim.rng.cadres;
  for (let k = 0; k < c.size; k++) {
    const township = c.post[k] < T;
    if (township) c.grassrootsYears[k] += 1;
    else c.countyYears[k] += 1;
    if (rng() < s.turnover) {
      const e = township ? s.townshipExperience : s.departmentExperience;
      c.countyYears[k] = clampedNormal(rng, e.county, e.county * 0.5, 0, 40);
      c.grassrootsYears[k] = clampedNormal(rng, e.grassroots, e.grassroots * 0.5, 0, 40);
      c.postedDay[k] = Number.NaN;
    }
  }
  const share = sim.levers.county.cadreExchangeShare;
  if (share > 0) payAllowance(sim, exchangeCadres(sim, share, sim.rng.cadreExchange, day + 1));
  refreshCadreMeans(sim);
}

/**
 * Charges the allowance of the cadres exchanged today, for the year they now serve away from
 * home, to the programme running the exchange (the active cadreExchange whose share is the
 * county's: the later one on a tie, as `apply` sets the lever).
 */
function payAllowance(sim: SimState, exchanged: number): void {
  let payer: Intervention | undefined;
  for (const iv of sim.interventions)
    if (iv.active && iv.kind.kind === 'cadreExchange' && Number(iv.params.sharePerYear) === sim.levers.county.cadreExchangeShare) payer = iv;
  if (payer && exchanged > 0) charge(sim, payer, 'allowance', exchanged);
}

/** Swaps a share of township cadres with department cadres; returns how many cadres moved. */
function exchangeCadres(sim: SimState, share: number, rng: Rng, postedDay: number): number {
  const T = sim.layout.townships;
  const c = sim.cadres;
  const down: number[] = [];
  const up: number[] = [];
  for (let k = 0; k < c.size; k++) (c.post[k] < T ? up : down).push(k);
  const swaps = Math.min(Math.round(share * up.length), down.length);
  shuffleHead(up, swaps, rng);
  shuffleHead(down, swaps, rng);
  for (let j = 0; j < swaps; j++) {
    const a = up[j];
    const b = down[j];
    const post = c.post[a];
    c.post[a] = c.post[b];
    c.post[b] = post;
    takePost(sim, a, postedDay);
    takePost(sim, b, postedDay);
  }
  return 2 * swaps;
}

/** Records that cadre `k` takes a post on `day` through the exchange, on the programme's handover terms. */
function takePost(sim: SimState, k: number, day: number): void {
  const terms = sim.levers.county;
  const c = sim.cadres;
  c.postedDay[k] = day;
  c.handoverDays[k] = terms.handoverDays;
  c.learningDays[k] = (terms.learningMonths * DAYS_PER_YEAR) / 12;
  c.startProductivity[k] = terms.newcomerProductivity;
}

/** Partial Fisher-Yates: the first n entries become a uniform random sample. */
function shuffleHead(xs: number[], n: number, rng: Rng): void {
  for (let j = 0; j < n; j++) {
    const k = j + Math.floor(rng() * (xs.length - j));
    [xs[j], xs[k]] = [xs[k], xs[j]];
  }
}

/** Mean county years of each township's cadres, mean grassroots years of each department's. */
export function refreshCadreMeans(sim: SimState): void {
  const T = sim.layout.townships;
  const sum = new Float64Array(T + DEPARTMENT_COUNT);
  const n = new Float64Array(T + DEPARTMENT_COUNT);
  const c = sim.cadres;
  for (let k = 0; k < c.size; k++) {
    const post = c.post[k];
    sum[post] += post < T ? c.countyYears[k] : c.grassrootsYears[k];
    n[post]++;
  }
  for (let t = 0; t < T; t++) sim.townships[t].cadreCountyYears = n[t] > 0 ? sum[t] / n[t] : 0;
  for (let d = 0; d < DEPARTMENT_COUNT; d++) sim.departments[d].grassrootsYears = n[T + d] > 0 ? sum[T + d] / n[T + d] : 0;
}

/**
 * Phase `productivity` (daily, county): each township government's and department's
 * productivity, the mean over its cadres of their share of full productivity today
 * (`cadreProductivity`: 0 during an exchange handover, then rising linearly from the newcomer's
 * productivity to 1 over the learning period; 1 for cadres not exchanged). Township routing and
 * department capacity are multiplied by it the same day. Cadre moves are county-level (phase
 * `cadreCareers`), so the townships' values are written here, before any township phase reads them.
 */
export function refreshProductivity(sim: SimState, day: number): void {
  const T = sim.layout.townships;
  const c = sim.cadres;
  // Without exchanged cadres every post is at full productivity (no sums to allocate).
  if (!exchangedAny(c)) {
    for (const ts of sim.townships) ts.productivity = 1;
    for (const dep of sim.departments) dep.productivity = 1;
    return;
  }
  const sum = new Float64Array(T + DEPARTMENT_COUNT);
  const n = new Float64Array(T + DEPARTMENT_COUNT);
  for (let k = 0; k < c.size; k++) {
    sum[c.post[k]] += cadreProductivity(c, k, day);
    n[c.post[k]]++;
  }
  for (let t = 0; t < T; t++) sim.townships[t].productivity = n[t] > 0 ? sum[t] / n[t] : 1;
  for (let d = 0; d < DEPARTMENT_COUNT; d++) sim.departments[d].productivity = n[T + d] > 0 ? sum[T + d] / n[T + d] : 1;
}

/** Whether any cadre took their post through an exchange (`postedDay` set). */
function exchangedAny(c: SimState['cadres']): boolean {
  for (let k = 0; k < c.size; k++) if (!Number.isNaN(c.postedDay[k])) return true;
  return false;
}
