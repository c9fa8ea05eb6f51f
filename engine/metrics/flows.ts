import { CATEGORIES } from '../scenario.ts';
import { CHANNELS } from '../processes/cases.ts';
import { KIND_NAMES } from '../interventions/registry.ts';

/**
 * Index of a zone × adult age group in the per-group arrays of the counts and sums (nine
 * entries): zone · 3 + (age group − 1), so zone by zone, youngest adults first. `age` is an
 * index of `AGE_GROUPS` and must be 1 to 3 (children have no group).
 */
export function groupIndex(zone: number, age: number): number {
  return zone * 3 + age - 1;
}

/** Counts of what happened in one window of days (a recording period or the final year). */
export class WindowCounts {
  /** @param townships - the county's townships (for the per-township capacity sums) */
  constructor(townships: number) {
    this.routingOffered = new Float64Array(townships);
    this.committeeOffered = new Float64Array(townships);
  }

  /** Per zone (urban, rural, migrant). */
  readonly arisen = new Float64Array(3);
  readonly reported = new Float64Array(3);
  readonly lapsed = new Float64Array(3);
  readonly ended = new Float64Array(3);
  readonly met = new Float64Array(3);
  readonly escalations = new Float64Array(3);
  readonly durationSum = new Float64Array(3);
  readonly resolvedCount = new Float64Array(3);
  /**
   * The same counts of ended cases per zone × adult age group, at index zone · 3 + (age group − 1)
   * (see {@link groupIndex}): ended, met, resolved and their days. Children's cases count only
   * in the zone totals above.
   */
  readonly groupEnded = new Float64Array(9);
  readonly groupMet = new Float64Array(9);
  readonly groupResolved = new Float64Array(9);
  readonly groupDurationSum = new Float64Array(9);
  /** Reports per channel. */
  readonly channel = new Float64Array(CHANNELS.length);
  /** Needs arisen and reported per need category (order of `CATEGORIES`). */
  readonly arisenByCategory = new Float64Array(CATEGORIES.length);
  readonly reportedByCategory = new Float64Array(CATEGORIES.length);
  routed = 0;
  misrouted = 0;
  whistles = 0;
  /**
   * Per township: routing capacity its desk offered, and capacity its committees offered (cases;
   * fractional, so kept per township and summed in township order when measured: the total does
   * not depend on the order townships ran in). Cases committees took up (mediation apart).
   */
  readonly routingOffered: Float64Array;
  readonly committeeOffered: Float64Array;
  committeeHandled = 0;
  /** Per department: capacity offered (cases), cases handled, staff-days summoned by whistles. */
  readonly departmentCapacity = new Float64Array(CATEGORIES.length);
  readonly departmentHandled = new Float64Array(CATEGORIES.length);
  readonly departmentSummoned = new Float64Array(CATEGORIES.length);
  mediated = 0;
  /** Mediations that settled the dispute. */
  mediationsSettled = 0;
  cost = 0;
  staffDays = 0;
  /** Yuan and staff-days consumed per intervention kind (order of `KIND_NAMES`). */
  readonly costByKind = new Float64Array(KIND_NAMES.length);
  readonly staffDaysByKind = new Float64Array(KIND_NAMES.length);
  /** Days from need to resolution of every resolved case, for median and 90th percentile. */
  durations = new Float64Array(1024);
  durationCount = 0;
  /** Cases closed as satisfactory without being solved (assessment by closure rate, `processes/falseClosure.ts`). */
  closedUnsolved = 0;

  reset(): void {
    for (const a of [this.arisen, this.reported, this.lapsed, this.ended, this.met, this.escalations, this.durationSum, this.resolvedCount, this.channel, this.arisenByCategory, this.reportedByCategory, this.groupEnded, this.groupMet, this.groupResolved, this.groupDurationSum, this.costByKind, this.staffDaysByKind, this.departmentCapacity, this.departmentHandled, this.departmentSummoned]) a.fill(0);
    this.routingOffered.fill(0);
    this.committeeOffered.fill(0);
    this.committeeHandled = 0;
    this.routed = this.misrouted = this.whistles = this.mediated = this.mediationsSettled = this.cost = this.staffDays = 0;
    this.durationCount = 0;
    this.closedUnsolved = 0;
  }

  /** Counts a case that ended; `age` is the resident's age group then (0 for a child). */
  endCase(zone: number, age: number, met: boolean, resolved: boolean, days: number): void {
    this.ended[zone]++;
    if (met) this.met[zone]++;
    if (resolved) {
      this.resolvedCount[zone]++;
      this.durationSum[zone] += days;
      this.addDuration(days);
    }
    if (age === 0) return;
    const g = groupIndex(zone, age);
    this.groupEnded[g]++;
    if (met) this.groupMet[g]++;
    if (resolved) {
      this.groupResolved[g]++;
      this.groupDurationSum[g] += days;
    }
  }

  departmentDay(department: number, capacity: number, handled: number, summoned: number): void {
    this.departmentCapacity[department] += capacity;
    this.departmentHandled[department] += handled;
    this.departmentSummoned[department] += summoned;
  }

  spend(kind: number, yuan: number, staffDays: number): void {
    this.cost += yuan;
    this.staffDays += staffDays;
    this.costByKind[kind] += yuan;
    this.staffDaysByKind[kind] += staffDays;
  }

  route(misrouted: boolean, whistled: boolean): void {
    this.routed++;
    if (misrouted) this.misrouted++;
    if (whistled) this.whistles++;
  }

  addDuration(days: number): void {
    if (this.durationCount === this.durations.length) {
      const next = new Float64Array(this.durations.length * 2);
      next.set(this.durations);
      this.durations = next;
    }
    this.durations[this.durationCount++] = days;
  }
}

/**
 * The flow counters processes write to: the current recording period always, and the final
 * year's window once it has begun (for the run summary).
 */
export class Flows {
  readonly period: WindowCounts;
  readonly final: WindowCounts;
  finalActive = false;

  /** @param townships - the county's townships */
  constructor(townships: number) {
    this.period = new WindowCounts(townships);
    this.final = new WindowCounts(townships);
  }

  arise(zone: number, category: number): void {
    this.period.arisen[zone]++;
    this.period.arisenByCategory[category]++;
    if (this.finalActive) (this.final.arisen[zone]++, this.final.arisenByCategory[category]++);
  }
  report(zone: number, channel: number, category: number): void {
    this.period.reported[zone]++;
    this.period.channel[channel]++;
    this.period.reportedByCategory[category]++;
    if (this.finalActive) (this.final.reported[zone]++, this.final.channel[channel]++, this.final.reportedByCategory[category]++);
  }
  lapse(zone: number): void {
    this.period.lapsed[zone]++;
    if (this.finalActive) this.final.lapsed[zone]++;
  }
  /**
   * A case ended: resolved (met or not) after `days`, or lapsed unreported (`resolved` false).
   * `age` is the resident's age group on that day (index of `AGE_GROUPS`; 0, a child, counts
   * only in the zone totals).
   */
  end(zone: number, age: number, met: boolean, resolved: boolean, days: number): void {
    this.period.endCase(zone, age, met, resolved, days);
    if (this.finalActive) this.final.endCase(zone, age, met, resolved, days);
  }
  escalate(zone: number): void {
    this.period.escalations[zone]++;
    if (this.finalActive) this.final.escalations[zone]++;
  }
  route(misrouted: boolean, whistled: boolean): void {
    this.period.route(misrouted, whistled);
    if (this.finalActive) this.final.route(misrouted, whistled);
  }
  /** A township desk offered `cases` of routing capacity today. */
  offerRouting(township: number, cases: number): void {
    this.period.routingOffered[township] += cases;
    if (this.finalActive) this.final.routingOffered[township] += cases;
  }
  /** A township's committees' day: capacity offered and cases taken up. */
  committeeDay(township: number, capacity: number, handled: number): void {
    this.period.committeeOffered[township] += capacity;
    this.period.committeeHandled += handled;
    if (this.finalActive) (this.final.committeeOffered[township] += capacity, this.final.committeeHandled += handled);
  }
  /** A department's day: capacity offered, cases handled, staff-days summoned by whistles. */
  departmentDay(department: number, capacity: number, handled: number, summoned: number): void {
    this.period.departmentDay(department, capacity, handled, summoned);
    if (this.finalActive) this.final.departmentDay(department, capacity, handled, summoned);
  }
  /** A mediation attempt; `settled` when it settled the dispute. */
  mediate(settled: boolean): void {
    this.period.mediated++;
    if (settled) this.period.mediationsSettled++;
    if (this.finalActive) {
      this.final.mediated++;
      if (settled) this.final.mediationsSettled++;
    }
  }
  /** Yuan and staff-days an intervention of kind `kind` (index in `KIND_NAMES`) consumed. */
  spend(kind: number, yuan: number, staffDays: number): void {
    this.period.spend(kind, yuan, staffDays);
    if (this.finalActive) this.final.spend(kind, yuan, staffDays);
  }
  /** A case closed as satisfactory without being solved. */
  closeUnsolved(): void {
    this.period.closedUnsolved++;
    if (this.finalActive) this.final.closedUnsolved++;
  }
}
