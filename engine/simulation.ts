import type { Scenario } from './scenario.ts';
import { DAYS_PER_YEAR, endsPeriod, monthOf } from './core/calendar.ts';
import { COUNTY, stream } from './core/rng.ts';
import { EventCalendar } from './core/eventCalendar.ts';
import { runDay } from './core/schedule.ts';
import { ORGANISATION_CATEGORIES, buildInstitutions } from './county/institutions.ts';
import { buildLayout } from './county/layout.ts';
import { clearPeriod } from './agents/serviceCounts.ts';
import { buildPopulation } from './county/population.ts';
import { buildTies } from './county/ties.ts';
import { baselineLevers, cloneLevers } from './interventions/levers.ts';
import { buildIntervention, type Intervention } from './interventions/registry.ts';
import { budgetFactor } from './resources/budget.ts';
import { countScope, type BuiltCounty } from './resources/scopeSize.ts';
import { BUILTIN_METRICS } from './metrics/builtins.ts';
import { Flows } from './metrics/flows.ts';
import { gini } from './metrics/inequality.ts';
import { measure } from './metrics/measure.ts';
import { measurePlaces, type PlaceSeries } from './metrics/places.ts';
import { createResidentSums, sumResidents, type ResidentSums } from './metrics/residentSums.ts';
import { compileUserMetrics, type CompiledUserMetrics } from './metrics/userMetrics.ts';
import { PHASES } from './phases.ts';
import { refreshCadreMeans } from './processes/cadreCareers.ts';
import { runCollectiveEconomy } from './processes/collectiveEconomy.ts';
import { derivePlaces, resetWhistles } from './processes/derive.ts';
import { settleTallies } from './resources/ledger.ts';
import { refreshResidentHazards } from './processes/residentHazards.ts';
import type { RunTotals, SimState } from './state.ts';
import { createTownshipState } from './township.ts';

export interface RunOptions {
  /** Run seed; defaults to the scenario's. */
  seed?: number;
  /** Horizon in years; defaults to the scenario's. */
  years?: number;
  /**
   * Order in which township phases visit townships. Results never depend on it (tests prove it);
   * it exists so that they can.
   */
  townshipOrder?: readonly number[];
}

/** One recorded point of the series: the period's last day and every metric. */
export interface SeriesPoint {
  day: number;
  year: number;
  month: number;
  values: Record<string, number>;
}

/** What a run returns: the recorded series and the summary over its final year. */
export interface RunResult {
  seed: number;
  years: number;
  metricNames: readonly string[];
  series: SeriesPoint[];
  /** Per-place outcomes at the same recorded ticks as `series` (for maps of the county). */
  places: PlaceSeries;
  summary: {
    window: { fromDay: number; toDay: number };
    metrics: Record<string, number>;
    totals: RunTotals;
  };
}

/**
 * A run in progress. Create it with `createSimulation`, advance it with `step` (one day) or
 * `run` (to the horizon). The state is exposed read-only for inspection and tests.
 */
export class Simulation {
  readonly state: SimState;
  readonly series: SeriesPoint[] = [];
  private readonly placeTicks: Float64Array[] = [];
  readonly metricNames: readonly string[];
  private readonly userMetrics: CompiledUserMetrics;
  private readonly order: readonly number[];
  private readonly incomeGini: number;
  private readonly sums: ResidentSums;
  private readonly years: number;

  constructor(scenario: Scenario, options: RunOptions = {}) {
    const seed = options.seed ?? scenario.seed;
    const years = options.years ?? scenario.years;
    this.years = years;
    this.state = buildState(scenario, seed, Math.round(years * DAYS_PER_YEAR));
    this.order = options.townshipOrder ?? this.state.townships.map((t) => t.index);
    if ([...this.order].sort((a, b) => a - b).join() !== this.state.townships.map((t) => t.index).join())
      throw new Error('townshipOrder must be a permutation of the township indices');
    this.userMetrics = compileUserMetrics(scenario.metrics, BUILTIN_METRICS);
    this.metricNames = [...BUILTIN_METRICS, ...this.userMetrics.names];
    this.incomeGini = gini(this.state.residents.income);
    this.sums = createResidentSums(this.state.residents.size, this.state.committees.size);
  }

  get done(): boolean {
    return this.state.day >= this.state.horizonDays;
  }

  /** Advances one day, then records if a recording period ended. */
  step(): void {
    const sim = this.state;
    if (this.done) return;
    sim.flows.finalActive = sim.day >= Math.max(0, sim.horizonDays - DAYS_PER_YEAR);
    runDay(PHASES, sim, sim.day, this.order);
    // A horizon that ends mid-month still pays for what was used since the last month end.
    if (sim.day === sim.horizonDays - 1 && !endsPeriod(sim.day, 'month')) settleTallies(sim);
    if (endsPeriod(sim.day, sim.scenario.recordEvery) || sim.day === sim.horizonDays - 1) this.record();
    sim.day++;
  }

  /** Runs to the horizon; `onProgress` is called at each month end with the share done. */
  run(onProgress?: (share: number) => void): RunResult {
    while (!this.done) {
      this.step();
      if (onProgress && endsPeriod(this.state.day - 1, 'month')) onProgress(this.state.day / this.state.horizonDays);
    }
    return this.result();
  }

  result(): RunResult {
    const sim = this.state;
    const from = Math.max(0, sim.horizonDays - DAYS_PER_YEAR);
    return {
      seed: sim.seed,
      years: this.years,
      metricNames: this.metricNames,
      series: this.series,
      places: { township: sim.layout.placeTownship, urban: sim.layout.placeUrban, residents: sim.layout.placeResidents, ticks: this.placeTicks },
      summary: {
        window: { fromDay: from, toDay: sim.horizonDays - 1 },
        metrics: this.withUserMetrics(measure(sim, sim.flows.final, sumResidents(sim, 'final', this.sums), this.incomeGini)),
        totals: { ...sim.totals },
      },
    };
  }

  private record(): void {
    const sim = this.state;
    const sums = sumResidents(sim, 'period', this.sums);
    const values = this.withUserMetrics(measure(sim, sim.flows.period, sums, this.incomeGini));
    this.series.push({ day: sim.day, year: Math.floor(sim.day / DAYS_PER_YEAR) + 1, month: monthOf(sim.day) + 1, values });
    this.placeTicks.push(measurePlaces(sums));
    sim.flows.period.reset();
    const counts = sim.residents.serviceCounts;
    for (let i = 0; i < counts.length; i++) counts[i] = clearPeriod(counts[i]);
  }

  private withUserMetrics(values: Record<string, number>): Record<string, number> {
    return Object.assign(values, this.userMetrics.evaluate(values));
  }
}

/** Builds a run's initial state: county, agents, interventions, derived values. */
export function createSimulation(scenario: Scenario, options: RunOptions = {}): Simulation {
  return new Simulation(scenario, options);
}

/** Runs a scenario to its horizon. */
export function run(scenario: Scenario, options: RunOptions = {}, onProgress?: (share: number) => void): RunResult {
  return createSimulation(scenario, options).run(onProgress);
}

function buildState(scenario: Scenario, seed: number, horizonDays: number): SimState {
  const layout = buildLayout(scenario.county, stream(seed, 'layout', COUNTY));
  const pop = buildPopulation(scenario, layout, seed);
  const ties = buildTies(scenario.network, layout, pop.residents, seed);
  const inst = buildInstitutions(scenario, layout, pop, seed, horizonDays);
  indexByPlace(inst.committees.firstOrganisation, inst.committees.organisationCount, inst.organisations.place);
  indexByPlace(inst.committees.firstFirm, inst.committees.firmCount, inst.firms.place);
  const baseline = baselineLevers(scenario, inst.committees, layout.townships);
  const townships = Array.from({ length: layout.townships }, (_, t) =>
    createTownshipState(
      seed,
      horizonDays,
      t,
      [layout.townshipFirstResident[t], layout.townshipFirstResident[t + 1]],
      [layout.townshipFirstPlace[t], layout.townshipFirstPlace[t + 1]],
    ),
  );
  const sim: SimState = {
    scenario,
    seed,
    horizonDays,
    layout,
    residents: pop.residents,
    ties,
    committees: inst.committees,
    gridHouseholds: pop.gridHouseholds,
    gridDetection: new Float32Array(pop.gridHouseholds.length),
    organisationSupport: new Float32Array(inst.committees.size * ORGANISATION_CATEGORIES),
    organisations: inst.organisations,
    firms: inst.firms,
    departments: inst.departments,
    cadres: inst.cadres,
    townships,
    baseline,
    levers: cloneLevers(baseline),
    interventions: buildInterventions(scenario, { layout, committees: inst.committees, residents: pop.residents, cadres: inst.cadres }, horizonDays, seed),
    flows: new Flows(layout.townships),
    exchange: { outcomes: [], returning: new EventCalendar(horizonDays) },
    needsDirty: new Uint8Array(layout.townships).fill(1),
    rng: {
      departments: Array.from({ length: layout.townships }, (_, t) => stream(seed, 'departments', t)),
      cadres: stream(seed, 'cadres', COUNTY),
      cadreExchange: stream(seed, 'cadreExchange', COUNTY),
    },
    totals: { cost: 0, staffDays: 0, escalations: 0, needs: 0 },
    day: 0,
  };
  refreshCadreMeans(sim);
  derivePlaces(sim);
  resetWhistles(sim);
  for (let t = 0; t < layout.townships; t++) refreshResidentHazards(sim, t);
  // Collective incomes of the year before the run, so that year-1 relief and metrics are defined.
  for (let t = 0; t < layout.townships; t++) runCollectiveEconomy(sim, t);
  return sim;
}

/** The scenario's interventions on the built county, their intensities scaled by the budget rule. */
function buildInterventions(scenario: Scenario, county: BuiltCounty, horizonDays: number, seed: number): Intervention[] {
  const factor = budgetFactor(scenario, horizonDays / DAYS_PER_YEAR);
  return scenario.interventions.map((spec, index) => {
    const occurrence = scenario.interventions.slice(0, index).filter((other) => other.kind === spec.kind).length;
    return buildIntervention(spec, { index, occurrence, layout: county.layout, horizonDays, seed }, scenario, (scope) => countScope(scope, county), factor);
  });
}

/** Fills first/count columns of places from a place-sorted column of records. */
function indexByPlace(first: Int32Array, count: Int32Array, place: Int32Array): void {
  first.fill(0);
  for (let k = place.length - 1; k >= 0; k--) {
    first[place[k]] = k;
    count[place[k]]++;
  }
}
