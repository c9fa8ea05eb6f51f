/**
 * The resolved scenario: what the loader returns after validation and default filling, and what
 * the engine reads. Every field is required here; in a scenario file every field except `name`
 * is optional and takes the default from `scenario.schema.json`, which documents each field's
 * meaning, unit, default and source. Keep this file and the schema in step (a test checks it).
 */
import type { ResourcesSpec, VolunteerSpec } from './resources/resourcesSpec.ts';
export type { OverBudgetRule, ResourcesSpec, VolunteerSpec } from './resources/resourcesSpec.ts';

/** Residence groups: urban-hukou town dwellers, village residents, rural-hukou migrants in town. */
export const ZONES = ['urban', 'rural', 'migrant'] as const;
export type Zone = (typeof ZONES)[number];

/** Age groups used for rates, targets and metrics. */
export const AGE_GROUPS = ['0-17', '18-39', '40-59', '60+'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** Education levels: primary or less, junior secondary, senior secondary, tertiary. */
export const EDUCATION_LEVELS = ['primary', 'junior', 'senior', 'tertiary'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** Need categories; each has one responsible county department. */
export const CATEGORIES = ['employment', 'care', 'environment', 'dispute', 'infrastructure', 'admin'] as const;
export type Category = (typeof CATEGORIES)[number];
/** Index of each need category in {@link CATEGORIES}, for the per-category typed arrays. */
export const CATEGORY_INDEX: Readonly<Record<Category, number>> = Object.freeze(Object.fromEntries(CATEGORIES.map((c, i) => [c, i])) as Record<Category, number>);

/** Recording intervals for the series. */
export const RECORD_INTERVALS = ['month', 'quarter', 'year'] as const;
export type RecordInterval = (typeof RECORD_INTERVALS)[number];

export type ByZone<T = number> = Record<Zone, T>;
export type ByAge<T = number> = Record<AgeGroup, T>;
export type ByCategory<T = number> = Record<Category, T>;
export type ByEducation<T = number> = Record<EducationLevel, T>;

export interface MeanSd {
  mean: number;
  sd: number;
}

export interface CountySpec {
  /** Total residents (all ages). */
  residents: number;
  /** Township-level units (乡镇 and 街道). */
  townships: number;
  /** How many of the township-level units are urban subdistricts (街道) holding only communities. */
  subdistricts: number;
  /** Village committees (村), spread over the non-subdistrict townships. */
  villages: number;
  /** Community (residents') committees (社区). */
  communities: number;
  /** Share of residents living in communities (urban places); the rest live in villages. */
  urbanShare: number;
  /** Share of community households holding rural hukou (the migrant zone). */
  migrantShare: number;
  /** Mean household size by zone (persons). */
  householdSize: ByZone;
  /** Households per grid (网格), urban communities vs villages. */
  gridHouseholds: { urban: number; rural: number };
  /** Mean distance from a household to its committee's office, km, by place type. */
  distanceKm: { urban: number; rural: number };
}

export interface NetworkSpec {
  /** Mean social ties per resident, household members excluded. */
  tiesPerResident: number;
  /** Share of ties to residents of another place in the same township. */
  crossPlaceShare: number;
  /** Share of ties to residents of another township. */
  crossTownshipShare: number;
}

export interface PopulationSpec {
  ageShares: ByZone<ByAge>;
  educationShares: ByZone<ByEducation>;
  /** Per-capita disposable income (yuan/year): mean and the median/mean ratio (log-normal). */
  income: ByZone<{ mean: number; medianToMean: number }>;
}

export interface DigitalSpec {
  /** Share owning a usable device and using the internet, by zone and age group. */
  deviceShare: ByZone<ByAge>;
  /** Mobile/broadband coverage of places (probability a household is covered), by place type. */
  coverage: { urban: number; rural: number };
  /** Mean digital skill (0-1) by zone. */
  skillMean: ByZone;
  /** Standard deviation of digital skill. */
  skillSd: number;
  /** Additive skill offset by age group. */
  skillAgeOffset: ByAge;
  /** Additive skill gain per education level above primary. */
  skillPerEducation: number;
  /** Minimum skill needed to use online channels. */
  skillThreshold: number;
}

export interface NeedsSpec {
  /** Base rate of new needs per resident per year, by category. */
  ratePerYear: ByCategory;
  /** Rate multipliers by category and age group. */
  ageFactor: ByCategory<ByAge>;
  /** Rate multipliers by category and zone. */
  zoneFactor: ByCategory<ByZone>;
  /** Income elasticity of the need rate by category (rate ∝ (income/zone mean)^elasticity). */
  incomeElasticity: ByCategory;
  /** Share of cases a committee settles itself at competence 0.6 (probability localShare·(0.4 + competence)), by category. */
  localShare: ByCategory;
  /** Share of forwarded cases needing more than one department, by category. */
  crossDepartmentShare: ByCategory;
  /** Mean days before an unreported need is given up (lapses unmet). */
  lapseDays: number;
}

export interface ReportingSpec {
  /** Hazard of self-reporting per day at propensity 1. */
  selfReportRate: number;
  /** Logistic reporting propensity: intercept and coefficients. */
  propensity: { intercept: number; trust: number; efficacy: number; education: number; logIncome: number };
  /** In-person reporting hazard divisor per km of distance to the office. */
  distanceCostPerKm: number;
  /** Online/hotline hazard relative to in person, for residents with online access. */
  onlineWeight: number;
  /** Detection hazard per day contributed by one volunteer or partner per 100 households. */
  volunteerDetection: number;
}

export interface GridSpec {
  /** Grid workers per grid. */
  workersPerGrid: number;
  /** Household visits per grid worker per day. */
  visitsPerWorkerPerDay: number;
  /** Probability that a visit to a household with an open need detects it. */
  detectProbability: number;
  /** Share of grid workers' time on reporting duties: visits = workers · visits per worker · (1 − share). */
  reportingShare: number;
}

export interface CommitteeSpec {
  /** Committee staff: members per village committee (村两委), and community workers per 10,000 residents (居委会). */
  staff: { villagePerPlace: number; communityPer10k: number };
  /** Cases a staff member handles per day. */
  casesPerStaffPerDay: number;
  competence: MeanSd;
  branchStrength: MeanSd;
  /** Branches below this strength count as weak (软弱涣散). */
  weakBranchThreshold: number;
  /** Probability of a satisfactory outcome of a locally settled case at competence 1. */
  quality: number;
  /** Cases per day added by one volunteer. */
  volunteerCapacity: number;
  /** Days after its report after which a case still waiting at the committee is referred to the township. */
  referAfterDays: number;
  /** People's mediators per place. */
  mediatorsPerPlace: number;
  /** Disputes a mediator handles per day. */
  mediationCapacity: number;
  /** Share of reported disputes whose parties agree to mediation; the others go to the committee. */
  mediationAcceptance: number;
  /** Probability a dispute taken to mediation is settled by it. */
  mediationSuccess: number;
}

export interface TownshipSpec {
  /** Township case-routing capacity, cases per day per 10,000 residents. */
  routingCapacityPer10k: number;
}

export interface RoutingSpec {
  /** Probability a forwarded case is sent to a wrong department (no data sharing, no experience). */
  misrouteProbability: number;
  /** Days for a hand-off from township to department. */
  handoffDays: number;
  /** Extra days a cross-department case waits for coordination. */
  coordinationDays: number;
  /** Days before a misrouted case comes back to the township. */
  bounceDays: number;
  /** Misrouting falls by exp(-k·y) with y = mean years of county-level experience of township cadres. */
  cadreRoutingEffect: number;
  /** Hand-off and coordination delays fall by exp(-k·y), y = mean grassroots years of department cadres. */
  cadreDelayEffect: number;
}

export interface DepartmentSpec {
  /** Capacity of the department responsible for each category, cases per day per 10,000 residents. */
  capacityPer10k: ByCategory;
  competence: MeanSd;
  /** Probability of a satisfactory outcome at competence 1. */
  quality: number;
}

export interface OrganisationSpec {
  /** Mean social organisations per place, by place type. */
  perPlace: { urban: number; rural: number };
  /** Cases per day an organisation handles when contracted. */
  capacity: number;
  /** Share of organisations under government purchase-of-service contracts. */
  contractedShare: number;
  /** Mean volunteers per organisation. */
  volunteers: number;
  /** Mobilisation added per organisation in a place (saturating). */
  mobilisation: number;
}

export interface FirmSpec {
  /** Firms per 1,000 residents, by place type. */
  perThousand: { urban: number; rural: number };
  /** Willingness to contribute socially (0-1). */
  willingness: MeanSd;
  /** Environment-need multiplier added per firm per 1,000 residents at zero willingness, weighted by sector. */
  pollution: number;
  /** Job-matching coefficient: willing firms settle 1 − exp(−jobCapacity·Σ willingness·employees/10) of employment cases. */
  jobCapacity: number;
}

export interface CadreSpec {
  perTownship: number;
  perDepartment: number;
  /** Initial mean years of county-level / grassroots experience for township cadres. */
  townshipExperience: { county: number; grassroots: number };
  /** Initial mean years of county-level / grassroots experience for department cadres. */
  departmentExperience: { county: number; grassroots: number };
  /** Share of cadres leaving per year, replaced by newcomers. */
  turnover: number;
}

export interface SatisfactionSpec {
  initialSatisfaction: ByZone;
  initialTrust: ByZone;
  /** Initial expectation of service performance (0-1). */
  initialExpectation: ByZone;
  /** Satisfaction change per unit of disconfirmation. */
  satisfactionRate: number;
  /** Trust change per unit of disconfirmation. */
  trustRate: number;
  /** Expectation adaptation rate towards experienced performance. */
  expectationRate: number;
  /** Weight of a tie's experience relative to one's own (word of mouth). */
  wordOfMouth: number;
  /** Ties told of each experience (at most; fewer if the resident has fewer ties). */
  wordOfMouthReach: number;
  /** Days over which performance of a resolved case halves. */
  timelinessHalfLife: number;
  /** Performance felt for an unsatisfactory resolution (0-1). */
  unsatisfactoryPerformance: number;
  /** Monthly reversion towards the initial zone mean. */
  reversion: number;
}

export interface ParticipationSpec {
  initialEfficacy: ByZone;
  /** Utility weights of the threshold rule. */
  weights: { intercept: number; efficacy: number; trust: number; peers: number; mobilisation: number };
  threshold: MeanSd;
  /** Share of residents by zone who never take part (time, health). */
  outOfReach: ByZone;
  /** Share of residents by zone who take part every month (activists). */
  activists: ByZone;
  /** Logistic temperature of the monthly decision. */
  temperature: number;
  /** Cost of offline participation by zone, plus per km of distance. */
  offlineCost: ByZone;
  offlineCostPerKm: number;
  /** Cost of online participation for those with access. */
  onlineCost: number;
  /** Share of offline participants who volunteer. */
  volunteerShare: number;
  /** Efficacy gain per month of participation, as a share of the distance to 1. */
  efficacyGain: number;
  /** Monthly reversion of efficacy towards the zone's initial mean. */
  efficacyDecay: number;
  /** Mobilisation added by branch strength (times strength). */
  branchMobilisation: number;
}

export interface CollectiveEconomySpec {
  /** Initial collective assets per village resident (yuan). */
  assetsPerCapita: MeanSd;
  /** Annual return on assets at leadership 0.5 (return = assets·(returnRate·(0.5 + leadership) + boost)). */
  returnRate: number;
  /** Share of income reinvested into assets. */
  reinvestShare: number;
  /** Share of income spent on public goods. */
  publicGoodsShare: number;
  /** Largest reduction of infrastructure and care need rates from public goods. */
  maxNeedReduction: number;
  /** Public-goods spending per capita (yuan/year) giving 63% of the largest reduction. */
  publicGoodsScale: number;
}

export interface EscalationSpec {
  /** Days a dispute waits before it may escalate to a petition (信访). */
  thresholdDays: number;
  /** Daily hazard of escalation after the threshold. */
  hazardPerDay: number;
  /** Trust lost by a resident whose dispute escalates. */
  trustPenalty: number;
}

export interface EvaluationSpec {
  /** Weight of closing speed in cadre evaluation (0-1); the rest is quality and satisfaction. */
  speedWeight: number;
  /** Satisfactory-outcome probability is multiplied by (1 − qualityPenalty·speedWeight). */
  qualityPenalty: number;
  /** Capacity is multiplied by (1 + speedBoost·speedWeight). */
  speedBoost: number;
  /** Yearly probability that a committee tries a local innovation, and that it works. */
  innovationRate: number;
  innovationSuccess: number;
  /** Competence gained by a committee from a working innovation. */
  innovationGain: number;
  /**
   * Under assessment by closure rate, a share falseClosureShare·speedWeight of the cases
   * committees and departments close as satisfactory are closed without being solved.
   */
  falseClosureShare: number;
}

/** Who an intervention reaches. Omitted fields mean "everyone". */
export interface Target {
  zones?: Zone[];
  /** Township indices (0-based). */
  townships?: number[];
  /** Place indices (0-based). Places are numbered township by township: each township's villages, then its communities. */
  places?: number[];
  ageGroups?: AgeGroup[];
}

export interface Cost {
  /** One-off cost at start (yuan). */
  fixed: number;
  /** Running cost per year while active (yuan/year). */
  perYear: number;
}

export interface InterventionSpec {
  kind: string;
  /** Start, in years from the beginning of the run. */
  start: number;
  /** End, in years; omitted = until the horizon. */
  end?: number;
  target?: Target;
  params: Record<string, number | boolean>;
  /** Stated cost, overriding the money computed from use; omitted = computed. */
  cost?: Cost;
  label?: { zh: string; en: string };
}

export interface UserMetricSpec {
  name: string;
  expression: string;
  label?: { zh: string; en: string };
}

export interface Scenario {
  name: string;
  labels: { zh: string; en: string };
  /** Default run seed (overridable from the command line). */
  seed: number;
  /** Horizon in years (365-day years). */
  years: number;
  recordEvery: RecordInterval;
  county: CountySpec;
  network: NetworkSpec;
  population: PopulationSpec;
  digital: DigitalSpec;
  needs: NeedsSpec;
  reporting: ReportingSpec;
  grid: GridSpec;
  committees: CommitteeSpec;
  township: TownshipSpec;
  routing: RoutingSpec;
  departments: DepartmentSpec;
  organisations: OrganisationSpec;
  volunteers: VolunteerSpec;
  firms: FirmSpec;
  cadres: CadreSpec;
  satisfaction: SatisfactionSpec;
  participation: ParticipationSpec;
  collectiveEconomy: CollectiveEconomySpec;
  escalation: EscalationSpec;
  evaluation: EvaluationSpec;
  resources: ResourcesSpec;
  interventions: InterventionSpec[];
  metrics: UserMetricSpec[];
}
