import { ELDERLY, NOT_PARTICIPATING, ONLINE } from '../agents/residents.ts';
import { FINAL_ENDED, FINAL_MET, PERIOD_ENDED, PERIOD_MET, counter } from '../agents/serviceCounts.ts';
import { CATEGORIES } from '../../scenarios/types.ts';
import type { SimState } from '../state.ts';
import { BUILTIN_METRICS, GAP_METRICS } from './builtins.ts';
import type { WindowCounts } from './flows.ts';
import { gini, summariseDurations, theil } from './inequality.ts';

const ZONE_SUFFIX = ['_urban', '_rural', '_migrant'];

/**
 * Reusable buffers for `measure` (one per simulation: recording allocates nothing big): the
 * service outcome and zone of each resident who had a need end in the window, packed.
 */
export interface MeasureScratch {
  readonly service: Float64Array;
  readonly zones: Uint8Array;
}

export function createMeasureScratch(residents: number): MeasureScratch {
  return { service: new Float64Array(residents), zones: new Uint8Array(residents) };
}

/**
 * Computes every built-in metric from the state and one window's flow counts. Reads only; draws
 * no random numbers. `window` picks which per-resident service counters feed the inequality
 * indices. NaN marks a rate or mean with nothing behind it (e.g. no resolutions in the window); the
 * inequality indices are 0 when no resident had a need end.
 */
export function measure(sim: SimState, counts: WindowCounts, window: 'period' | 'final', incomeGini: number, scratch: MeasureScratch): Record<string, number> {
  const m: Record<string, number> = Object.fromEntries(BUILTIN_METRICS.map((k) => [k, Number.NaN]));
  const r = sim.residents;
  const adults = new Float64Array(3);
  const part = new Float64Array(3);
  const access = new Float64Array(3);
  const sat = new Float64Array(3);
  const trust = new Float64Array(3);
  const eff = new Float64Array(3);
  const ageAdults = new Float64Array(4);
  const agePart = new Float64Array(4);
  let online = 0;
  const { service, zones: serviceZones } = scratch;
  let served = 0;
  const serviceCounts = r.serviceCounts;
  const endedAt = window === 'period' ? PERIOD_ENDED : FINAL_ENDED;
  const metAt = window === 'period' ? PERIOD_MET : FINAL_MET;
  const { ageGroup, zone, satisfaction, trust: trustOf, efficacy, online: capable, participation } = r;
  for (let i = 0; i < r.size; i++) {
    const ended = counter(serviceCounts[i], endedAt);
    if (ended > 0) {
      service[served] = counter(serviceCounts[i], metAt) / ended;
      serviceZones[served++] = zone[i];
    }
    const g = ageGroup[i];
    if (g === 0) continue;
    const z = zone[i];
    adults[z]++;
    ageAdults[g]++;
    sat[z] += satisfaction[i];
    trust[z] += trustOf[i];
    eff[z] += efficacy[i];
    access[z] += capable[i];
    const state = participation[i];
    if (state !== NOT_PARTICIPATING) {
      part[z]++;
      agePart[g]++;
      if (state === ONLINE) online++;
    }
  }
  const zoned = (name: string, num: ArrayLike<number>, den: ArrayLike<number> | null) => {
    let n = 0;
    let d = 0;
    for (let z = 0; z < 3; z++) {
      n += num[z];
      d += den ? den[z] : 1;
      m[name + ZONE_SUFFIX[z]] = den ? ratio(num[z], den[z]) : num[z];
    }
    m[name] = den ? ratio(n, d) : n;
  };
  zoned('participation', part, adults);
  zoned('online_access', access, adults);
  zoned('satisfaction', sat, adults);
  zoned('trust', trust, adults);
  zoned('efficacy', eff, adults);
  zoned('needs_arisen', counts.arisen, null);
  zoned('needs_reported', counts.reported, null);
  zoned('needs_resolved', counts.resolvedCount, null);
  zoned('escalations', counts.escalations, null);
  const known = [0, 1, 2].map((z) => counts.reported[z] + counts.lapsed[z]);
  zoned('report_rate', counts.reported, known);
  zoned('unmet_share', [0, 1, 2].map((z) => counts.ended[z] - counts.met[z]), counts.ended);
  zoned('resolution_days_mean', counts.durationSum, counts.resolvedCount);
  const totalPart = part[0] + part[1] + part[2];
  const totalAdults = adults[0] + adults[1] + adults[2];
  m.participation_age_18_39 = ratio(agePart[1], ageAdults[1]);
  m.participation_age_40_59 = ratio(agePart[2], ageAdults[2]);
  m.participation_age_60plus = ratio(agePart[ELDERLY], ageAdults[ELDERLY]);
  m.participation_online = ratio(online, totalAdults);
  m.participation_offline = ratio(totalPart - online, totalAdults);
  m.needs_lapsed = counts.lapsed[0] + counts.lapsed[1] + counts.lapsed[2];
  const durations = summariseDurations(counts.durations, counts.durationCount);
  m.resolution_days_median = durations.median;
  m.resolution_days_p90 = durations.p90;
  const reports = counts.channel.reduce((a, b) => a + b, 0);
  ['reports_in_person', 'reports_online', 'reports_grid_visit', 'reports_partner', 'reports_petition'].forEach((k, c) => (m[k] = ratio(counts.channel[c], reports)));
  CATEGORIES.forEach((c, k) => {
    m[`needs_arisen_${c}`] = counts.arisenByCategory[k];
    m[`needs_reported_${c}`] = counts.reportedByCategory[k];
  });
  m.misroute_share = ratio(counts.misrouted, counts.routed);
  m.whistles = counts.whistles;
  m.mediations = counts.mediated;
  m.mediation_success = ratio(counts.mediationsSettled, counts.mediated);
  const t = theil(service.subarray(0, served), serviceZones.subarray(0, served), 3);
  m.theil_service = t.total;
  m.theil_service_between = t.between;
  m.theil_service_within = t.within;
  m.gini_service = gini(service.subarray(0, served));
  m.gini_income = incomeGini;
  const c = sim.committees;
  let income = 0;
  let assets = 0;
  let villagers = 0;
  for (let p = 0; p < c.size; p++) {
    if (c.urban[p]) continue;
    income += c.income[p];
    assets += c.assets[p];
    villagers += c.residents[p];
  }
  m.collective_income = income;
  m.collective_income_per_capita = ratio(income, villagers);
  m.collective_assets = assets;
  m.cost = counts.cost;
  m.cost_total = sim.totals.cost;
  for (const g of GAP_METRICS) {
    m[`gap_${g}`] = m[`${g}_urban`] - m[`${g}_rural`];
    m[`ratio_${g}`] = ratio(m[`${g}_rural`], m[`${g}_urban`]);
  }
  return m;
}

function ratio(a: number, b: number): number {
  return b > 0 ? a / b : Number.NaN;
}
