import type { Scenario } from '../scenario.ts';
import type { Committees } from '../agents/committees.ts';

/**
 * The model variables interventions act on. The baseline set is built once from the scenario;
 * whenever the set of active interventions changes, the live set is copied from the baseline
 * and every active intervention re-applies its change. So an intervention that ends leaves
 * exactly the baseline values behind (Covasim's "relative to stored originals").
 */
export interface Levers {
  /** Per place. */
  readonly place: {
    gridWorkers: Float32Array;
    visitsPerWorker: Float32Array;
    /** Share of grid workers' time spent on reporting duties rather than visits. */
    reportingShare: Float32Array;
    partnerCapacity: Float32Array;
    /** Detection hazard per 100 households added by partners of each grid (partners × rate). */
    partnerDetection: Float32Array;
    coverage: Float32Array;
    skillThreshold: Float32Array;
    /** Share of the committee's staff capacity moved from walk-in hours to the platform (online reports only). */
    offlineShift: Float32Array;
    /** Share of in-person reports lost per unit of offlineShift (the in-person hazard × (1 − walkInLoss·offlineShift)). */
    walkInLoss: Float32Array;
    mediators: Float32Array;
    mediationAcceptance: Float32Array;
    mediationSuccess: Float32Array;
    escalationFactor: Float32Array;
    extraOrganisations: Float32Array;
    mobilisationBoost: Float32Array;
    firmWillingnessBoost: Float32Array;
    branchFloor: Float32Array;
    competenceBoost: Float32Array;
    investment: Float32Array;
    returnBoost: Float32Array;
    organisationCapacityFactor: Float32Array;
    contractedShare: Float32Array;
  };
  /** Per township. */
  readonly township: {
    dataSharing: Float32Array;
    sharedPlatform: Uint8Array;
    /** Share of the routing desk's capacity moved to the platform (online-reported cases only). */
    offlineShift: Float32Array;
    whistlesPerMonth: Float32Array;
    whistleEligibleDays: Float32Array;
    /** Departments summoned and staff-days each spends, by whistle type; township staff-days per whistle. */
    dailyWhistleDepartments: Float32Array;
    dailyWhistleStaffDays: Float32Array;
    toughWhistleDepartments: Float32Array;
    toughWhistleStaffDays: Float32Array;
    emergencyWhistleDepartments: Float32Array;
    emergencyWhistleStaffDays: Float32Array;
    whistleTownshipStaffDays: Float32Array;
  };
  /** County-wide. */
  readonly county: {
    cadreExchangeShare: number;
    speedWeight: number;
    innovationRate: number;
    /** Terms of a cadre exchange's handovers: days a post is vacant, months of learning, productivity right after (see agents/cadres.ts). */
    handoverDays: number;
    learningMonths: number;
    newcomerProductivity: number;
  };
}

export function baselineLevers(s: Scenario, c: Committees, townships: number): Levers {
  const n = c.size;
  const fill = (v: number) => new Float32Array(n).fill(v);
  return {
    place: {
      gridWorkers: fill(s.grid.workersPerGrid),
      visitsPerWorker: fill(s.grid.visitsPerWorkerPerDay),
      reportingShare: fill(s.grid.reportingShare),
      partnerCapacity: fill(0),
      partnerDetection: fill(0),
      coverage: Float32Array.from(c.coverageBase),
      skillThreshold: fill(s.digital.skillThreshold),
      offlineShift: fill(0),
      walkInLoss: fill(0),
      mediators: fill(s.committees.mediatorsPerPlace),
      mediationAcceptance: fill(s.committees.mediationAcceptance),
      mediationSuccess: fill(s.committees.mediationSuccess),
      escalationFactor: fill(1),
      extraOrganisations: fill(0),
      mobilisationBoost: fill(0),
      firmWillingnessBoost: fill(0),
      branchFloor: fill(0),
      competenceBoost: fill(0),
      investment: fill(0),
      returnBoost: fill(0),
      organisationCapacityFactor: fill(1),
      contractedShare: fill(s.organisations.contractedShare),
    },
    township: {
      dataSharing: new Float32Array(townships),
      sharedPlatform: new Uint8Array(townships),
      offlineShift: new Float32Array(townships),
      whistlesPerMonth: new Float32Array(townships),
      whistleEligibleDays: new Float32Array(townships),
      dailyWhistleDepartments: new Float32Array(townships),
      dailyWhistleStaffDays: new Float32Array(townships),
      toughWhistleDepartments: new Float32Array(townships),
      toughWhistleStaffDays: new Float32Array(townships),
      emergencyWhistleDepartments: new Float32Array(townships),
      emergencyWhistleStaffDays: new Float32Array(townships),
      whistleTownshipStaffDays: new Float32Array(townships),
    },
    county: { cadreExchangeShare: 0, speedWeight: s.evaluation.speedWeight, innovationRate: s.evaluation.innovationRate, handoverDays: 0, learningMonths: 0, newcomerProductivity: 1 },
  };
}

/** Overwrites `to` with `from` (same shapes). */
export function copyLevers(from: Levers, to: Levers): void {
  for (const k of Object.keys(from.place) as (keyof Levers['place'])[]) to.place[k].set(from.place[k]);
  for (const k of Object.keys(from.township) as (keyof Levers['township'])[]) (to.township[k] as Float32Array).set(from.township[k]);
  Object.assign(to.county, from.county);
}

export function cloneLevers(l: Levers): Levers {
  const map = <T extends Record<string, Float32Array | Uint8Array>>(o: T) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v.slice()])) as unknown as T;
  return { place: map(l.place), township: map(l.township), county: { ...l.county } };
}
