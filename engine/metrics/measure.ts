import { ELDERLY } from '../agents/residents.ts';
import { CATEGORIES } from '../scenario.ts';
import type { SimState } from '../state.ts';
import { KIND_NAMES } from '../interventions/registry.ts';
import { BUILTIN_METRICS, GAP_METRICS, ZONE_AGE_FAMILIES, kindSuffix } from './builtins.ts';
import type { WindowCounts } from './flows.ts';
import { giniOfSorted, summariseDurations, theil } from './inequality.ts';
import { sortedService, type ResidentSums } from './residentSums.ts';

const ZONE_SUFFIX = ['_urban', '_rural', '_migrant'];

/**
 * Computes every built-in metric from the state, one window's flow counts and the residents'
 * sums for the same window (`sumResidents`). Reads only; draws no random numbers. NaN marks a
 * rate or mean with nothing behind it (e.g. no resolutions in the window); the inequality
 * indices are 0 when no resident had a need end.
 */
export function measure(sim: SimState, counts: WindowCounts, sums: ResidentSums, incomeGini: number): Record<string, number> {
  const m: Record<string, number> = Object.fromEntries(BUILTIN_METRICS.map((k) => [k, Number.NaN]));
  const { adults, participants: part, access, satisfaction: sat, trust, efficacy: eff, ageAdults, ageParticipants: agePart, online, service, serviceZones, served } = sums;
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
  m.gini_service = giniOfSorted(sortedService(sums));
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
  m.closed_unsolved = counts.closedUnsolved;
  m.closed_unsolved_share = ratio(counts.closedUnsolved, counts.resolvedCount[0] + counts.resolvedCount[1] + counts.resolvedCount[2]);
  measureResources(sim, counts, m);
  for (const g of GAP_METRICS) {
    m[`gap_${g}`] = m[`${g}_urban`] - m[`${g}_rural`];
    m[`ratio_${g}`] = ratio(m[`${g}_rural`], m[`${g}_urban`]);
  }
  measureZoneAge(m, counts, sums);
  return m;
}

/** Spending per kind, capacity use and queue lengths by level and department. */
function measureResources(sim: SimState, counts: WindowCounts, m: Record<string, number>): void {
  m.staff_days = counts.staffDays;
  KIND_NAMES.forEach((kind, k) => {
    m[`cost_${kindSuffix(kind)}`] = counts.costByKind[k];
    m[`staff_days_${kindSuffix(kind)}`] = counts.staffDaysByKind[k];
  });
  m.capacity_use_committee = ratio(counts.committeeHandled, sumInOrder(counts.committeeOffered));
  let atCommittees = 0;
  for (const ts of sim.townships)
    for (const queues of [ts.mediationQueues, ts.committeePriority, ts.committeeQueues, ts.committeeOnline]) for (const q of queues) atCommittees += q.length;
  m.queue_committee = atCommittees;
  m.capacity_use_township = ratio(counts.routed, sumInOrder(counts.routingOffered));
  let queued = 0;
  for (const ts of sim.townships) queued += ts.routingQueue.length + ts.routingOnline.length;
  m.queue_township = queued;
  const perStaffDay = sim.scenario.resources.departmentCasesPerStaffDay;
  let used = 0;
  let offered = 0;
  let waiting = 0;
  CATEGORIES.forEach((c, d) => {
    const dep = sim.departments[d];
    const use = counts.departmentHandled[d] + counts.departmentSummoned[d] * perStaffDay;
    m[`capacity_use_department_${c}`] = ratio(use, counts.departmentCapacity[d]);
    m[`queue_department_${c}`] = dep.priority.length + dep.queue.length;
    used += use;
    offered += counts.departmentCapacity[d];
    waiting += dep.priority.length + dep.queue.length;
  });
  m.capacity_use_department = ratio(used, offered);
  m.queue_department = waiting;
}

/** Each zone × age family's nine group names (see `ZONE_AGE_FAMILIES`), by family name. */
const ZONE_AGE_GROUPS: ReadonlyMap<string, readonly string[]> = new Map(ZONE_AGE_FAMILIES.map((f) => [f.family, f.groups]));

/**
 * The zone × adult age group variants and `group_gap_` of every family that has them, from the
 * per-group sums and counts (index zone · 3 + age group − 1, as the names are listed).
 */
function measureZoneAge(m: Record<string, number>, counts: WindowCounts, sums: ResidentSums): void {
  const set = (family: string, num: ArrayLike<number>, den: ArrayLike<number>) => {
    const names = ZONE_AGE_GROUPS.get(family)!;
    for (let k = 0; k < names.length; k++) m[names[k]] = ratio(num[k], den[k]);
    m[`group_gap_${family}`] = spread(names.map((n) => m[n]));
  };
  set('participation', sums.groupParticipants, sums.groupAdults);
  set('online_access', sums.groupAccess, sums.groupAdults);
  set('satisfaction', sums.groupSatisfaction, sums.groupAdults);
  set('unmet_share', counts.groupEnded.map((ended, k) => ended - counts.groupMet[k]), counts.groupEnded);
  set('resolution_days_mean', counts.groupDurationSum, counts.groupResolved);
}

/**
 * Best-off minus worst-off group: the largest value minus the smallest over the groups that have
 * one (not NaN), so never negative whichever direction is better; NaN with fewer than two.
 */
export function spread(values: readonly number[]): number {
  let lo = Infinity;
  let hi = -Infinity;
  let n = 0;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    n++;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return n < 2 ? Number.NaN : hi - lo;
}

/** The sum of per-township values, township by township. */
function sumInOrder(values: Float64Array): number {
  let sum = 0;
  for (let t = 0; t < values.length; t++) sum += values[t];
  return sum;
}

function ratio(a: number, b: number): number {
  return b > 0 ? a / b : Number.NaN;
}
