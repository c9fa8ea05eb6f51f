/**
 * NSGA-II — the elitist non-dominated sorting genetic algorithm of Deb, Pratap, Agarwal &
 * Meyarivan 2002, "A fast and elitist multiobjective genetic algorithm: NSGA-II", IEEE
 * Transactions on Evolutionary Computation 6(2):182-197 — with Deb's constraint-domination
 * (same paper, section VI) over mixed real and integer variables. It searches packages of policy
 * levers for the trade-offs between several outcomes (issue 16).
 *
 * 1. Generation 0: N candidates drawn uniformly within the bounds; evaluate; rank them by
 *    constraint-domination fronts and crowding distance.
 * 2. Generation g: pick parents by binary tournament (lower rank wins, then larger crowding),
 *    make N children by simulated binary crossover (SBX, Deb & Agrawal 1995) and polynomial
 *    mutation (Deb & Goyal 1996), both in the bounded forms of Deb's reference C code; evaluate;
 *    keep the best N of parents ∪ children by front, the last front cut by crowding distance.
 *
 * Integer variables are real-coded: crossover and mutation act on them as on reals, then the
 * child's value is rounded to the nearest integer within [ceil(low), floor(high)]. The stored
 * genome is the rounded value, so what is evaluated is what is bred from (as pymoo's rounding
 * repair does); the search steps still reach neighbouring integers because polynomial mutation
 * spreads over the whole range.
 *
 * Evaluation is asynchronous and batched — one call per generation — because a candidate will
 * be a set of simulation runs on a worker pool. Every random draw comes from the `rng` given, so
 * a seed fixes the whole search.
 */

/** A decision variable: its bounds (inclusive) and whether it takes integer values only. */
export interface Variable {
  readonly name: string;
  readonly low: number;
  readonly high: number;
  readonly integer?: boolean;
}

/** What evaluating one candidate gives. */
export interface Evaluation {
  /** Objective values, all minimised (negate one to maximise it). */
  readonly objectives: readonly number[];
  /** Total constraint violation: 0 when feasible, > 0 otherwise (sum of the amounts each constraint is missed by). */
  readonly violation: number;
}

/** An evaluated candidate with its place in its population. */
export interface Individual extends Evaluation {
  /** Variable values, in the order of the variables (integers already rounded). */
  readonly x: readonly number[];
  /** Front index under constraint-domination, 0 = non-dominated. */
  readonly rank: number;
  /** Crowding distance within its front (Infinity at a front's extremes). */
  readonly crowding: number;
}

/** Settings of a search. Defaults follow Deb et al. 2002. */
export interface Nsga2Options {
  /** Candidates per generation (at least 2; an odd size breeds one spare child that is dropped). */
  populationSize: number;
  /** Generations after the initial one: the search evaluates populationSize × (generations + 1) candidates. */
  generations: number;
  /** SBX distribution index η_c (default 20): larger keeps children closer to their parents. */
  crossoverEta?: number;
  /** Polynomial mutation distribution index η_m (default 20). */
  mutationEta?: number;
  /** Probability a pair of parents is crossed (default 0.9). */
  crossoverProbability?: number;
  /** Probability each variable of a child is mutated (default 1 / number of variables). */
  mutationProbability?: number;
  /**
   * Known candidates placed first in the initial population (rounded and clamped into bounds), for
   * example "change nothing", so the front always holds them if nothing beats them. The rest of the
   * population is drawn as without them: the same draws, whatever is seeded.
   */
  seeds?: readonly (readonly number[])[];
  /**
   * What makes two candidates the same (e.g. the package a genome decodes to). When given, a child
   * the same as a member of the population or as an earlier child of its generation is bred again
   * (up to 10 tries per place, then kept), as pymoo's duplicate elimination does: copies crowd the
   * population and evaluate nothing new.
   */
  identity?: (x: readonly number[]) => string;
}

/** One line of a search's history, per generation. */
export interface GenerationSummary {
  readonly generation: number;
  /** Candidates evaluated so far. */
  readonly evaluations: number;
  /** Feasible members of the population kept. */
  readonly feasible: number;
  /** Members of the population kept on its first front. */
  readonly frontSize: number;
}

/** What a search returns. */
export interface Nsga2Result {
  /** The last population, best first (by rank, then crowding). */
  readonly population: Individual[];
  /** Its first front (for a feasible problem, the approximation of the Pareto front). */
  readonly front: Individual[];
  readonly history: GenerationSummary[];
}

/** Evaluates a batch of candidates (variable vectors), one evaluation each, in order. */
export type BatchEvaluator = (batch: readonly number[][]) => Promise<Evaluation[]>;

/**
 * Constraint-domination (Deb et al. 2002, definition 1): a feasible candidate beats an infeasible
 * one; of two infeasible ones the smaller total violation wins; of two feasible ones, `a` wins if
 * it is no worse in every objective and better in at least one (Pareto dominance).
 */
export function dominates(a: Evaluation, b: Evaluation): boolean {
  const aFeasible = a.violation <= 0;
  const bFeasible = b.violation <= 0;
  if (aFeasible !== bFeasible) return aFeasible;
  if (!aFeasible) return a.violation < b.violation;
  let better = false;
  for (let k = 0; k < a.objectives.length; k++) {
    if (a.objectives[k] > b.objectives[k]) return false;
    if (a.objectives[k] < b.objectives[k]) better = true;
  }
  return better;
}

/**
 * Fast non-dominated sorting (Deb et al. 2002, section III-A), under constraint-domination:
 * the indices of `items` split into fronts, front 0 dominated by none, front k dominated only by
 * members of earlier fronts. Indices within a front are in increasing order. O(M N²).
 */
export function nonDominatedSort(items: readonly Evaluation[]): number[][] {
  const n = items.length;
  const dominatedBy = new Array<number>(n).fill(0);
  const dominating: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (dominates(items[i], items[j])) {
        dominating[i].push(j);
        dominatedBy[j]++;
      } else if (dominates(items[j], items[i])) {
        dominating[j].push(i);
        dominatedBy[i]++;
      }
    }
  }
  const fronts: number[][] = [];
  let current = [...Array(n).keys()].filter((i) => dominatedBy[i] === 0);
  while (current.length > 0) {
    fronts.push(current);
    const next: number[] = [];
    for (const i of current) {
      for (const j of dominating[i]) if (--dominatedBy[j] === 0) next.push(j);
    }
    current = next.sort((a, b) => a - b);
  }
  return fronts;
}

/**
 * Crowding distance of each point of one front (Deb et al. 2002, section III-B): the sum over
 * objectives of the gap between its two neighbours, normalised by the front's range in that
 * objective. The extremes of every objective get Infinity so that the ends of the front are
 * always kept. An objective with zero range adds nothing (all its gaps are zero).
 */
export function crowdingDistance(objectives: readonly (readonly number[])[]): number[] {
  const n = objectives.length;
  const distance = new Array<number>(n).fill(0);
  if (n === 0) return distance;
  const m = objectives[0].length;
  for (let k = 0; k < m; k++) {
    const order = [...Array(n).keys()].sort((a, b) => objectives[a][k] - objectives[b][k] || a - b);
    const low = objectives[order[0]][k];
    const range = objectives[order[n - 1]][k] - low;
    distance[order[0]] = Infinity;
    distance[order[n - 1]] = Infinity;
    if (range <= 0) continue;
    for (let r = 1; r < n - 1; r++) {
      distance[order[r]] += (objectives[order[r + 1]][k] - objectives[order[r - 1]][k]) / range;
    }
  }
  return distance;
}

/**
 * Ranks `items` by front and crowding and returns them best first: front 0 first, within a front
 * by decreasing crowding distance (ties keep the input order, so the result is deterministic).
 */
export function rankAndCrowd(items: readonly (Evaluation & { readonly x: readonly number[] })[]): Individual[] {
  const ranked: Individual[] = [];
  nonDominatedSort(items).forEach((front, rank) => {
    const crowding = crowdingDistance(front.map((i) => items[i].objectives));
    const order = front.map((_, r) => r).sort((a, b) => (crowding[b] > crowding[a] ? 1 : crowding[b] < crowding[a] ? -1 : a - b));
    for (const r of order) {
      const { x, objectives, violation } = items[front[r]];
      ranked.push({ x, objectives, violation, rank, crowding: crowding[r] });
    }
  });
  return ranked;
}

/** Binary tournament (Deb et al. 2002, crowded-comparison operator): lower rank, then larger crowding, then a coin. */
export function tournament(population: readonly Individual[], rng: () => number): Individual {
  const a = population[Math.floor(rng() * population.length)];
  const b = population[Math.floor(rng() * population.length)];
  if (a.rank !== b.rank) return a.rank < b.rank ? a : b;
  if (a.crowding !== b.crowding) return a.crowding > b.crowding ? a : b;
  return rng() < 0.5 ? a : b;
}

/** The spread factor β_q of bounded SBX for one child, given α = 2 − β^−(η+1). */
function sbxSpread(u: number, alpha: number, eta: number): number {
  const e = 1 / (eta + 1);
  return u <= 1 / alpha ? (u * alpha) ** e : (1 / (2 - u * alpha)) ** e;
}

/**
 * Simulated binary crossover (Deb & Agrawal 1995), bounded form of Deb's NSGA-II code: each
 * variable is crossed with probability 1/2, the children's spread being drawn so that neither
 * leaves the bounds, and the children swap that variable with probability 1/2.
 */
function sbx(p1: readonly number[], p2: readonly number[], variables: readonly Variable[], eta: number, rng: () => number): [number[], number[]] {
  const c1 = [...p1];
  const c2 = [...p2];
  for (let i = 0; i < variables.length; i++) {
    const { low, high } = variables[i];
    if (rng() > 0.5 || Math.abs(p1[i] - p2[i]) <= 1e-14) continue;
    const y1 = Math.min(p1[i], p2[i]);
    const y2 = Math.max(p1[i], p2[i]);
    const u = rng();
    const beta1 = 1 + (2 * (y1 - low)) / (y2 - y1);
    const a = 0.5 * (y1 + y2 - sbxSpread(u, 2 - beta1 ** -(eta + 1), eta) * (y2 - y1));
    const beta2 = 1 + (2 * (high - y2)) / (y2 - y1);
    const b = 0.5 * (y1 + y2 + sbxSpread(u, 2 - beta2 ** -(eta + 1), eta) * (y2 - y1));
    const [lo, hi] = [Math.min(Math.max(a, low), high), Math.min(Math.max(b, low), high)];
    [c1[i], c2[i]] = rng() < 0.5 ? [hi, lo] : [lo, hi];
  }
  return [c1, c2];
}

/** Polynomial mutation (Deb & Goyal 1996), bounded form of Deb's NSGA-II code, in place. */
function mutate(x: number[], variables: readonly Variable[], eta: number, probability: number, rng: () => number): void {
  const power = 1 / (eta + 1);
  for (let i = 0; i < variables.length; i++) {
    const { low, high } = variables[i];
    if (rng() >= probability || high <= low) continue;
    const d1 = (x[i] - low) / (high - low);
    const d2 = (high - x[i]) / (high - low);
    const u = rng();
    const dq =
      u <= 0.5
        ? (2 * u + (1 - 2 * u) * (1 - d1) ** (eta + 1)) ** power - 1
        : 1 - (2 * (1 - u) + 2 * (u - 0.5) * (1 - d2) ** (eta + 1)) ** power;
    x[i] = Math.min(Math.max(x[i] + dq * (high - low), low), high);
  }
}

/** Rounds integer variables to the nearest integer within their bounds, in place; reals stay. */
function repair(x: number[], variables: readonly Variable[]): number[] {
  for (let i = 0; i < variables.length; i++) {
    const v = variables[i];
    if (v.integer) x[i] = Math.min(Math.max(Math.round(x[i]), Math.ceil(v.low)), Math.floor(v.high));
  }
  return x;
}

/** The options with defaults filled in (`identity` null: every child is kept). */
type Settled = Required<Omit<Nsga2Options, 'identity'>> & { identity: ((x: readonly number[]) => string) | null };

/** Tries to breed a child different from the population and its siblings, per place in the generation. */
const REDRAWS_PER_CHILD = 10;

/** Checks the variables and options; returns the options with defaults filled in. */
function settle(variables: readonly Variable[], options: Nsga2Options): Settled {
  if (variables.length === 0) throw new Error('nsga2: no variables');
  for (const v of variables) {
    if (!Number.isFinite(v.low) || !Number.isFinite(v.high) || v.low > v.high) throw new Error(`nsga2: variable ${v.name} has bounds [${v.low}, ${v.high}]`);
    if (v.integer && Math.ceil(v.low) > Math.floor(v.high)) throw new Error(`nsga2: integer variable ${v.name} has no integer in [${v.low}, ${v.high}]`);
  }
  const { populationSize, generations } = options;
  if (!Number.isInteger(populationSize) || populationSize < 2) throw new Error(`nsga2: populationSize must be an integer ≥ 2, got ${populationSize}`);
  if (!Number.isInteger(generations) || generations < 0) throw new Error(`nsga2: generations must be an integer ≥ 0, got ${generations}`);
  if (options.seeds?.some((x) => x.length !== variables.length || x.some((v) => !Number.isFinite(v)))) throw new Error(`nsga2: every seed needs ${variables.length} finite values`);
  return {
    populationSize,
    generations,
    seeds: options.seeds ?? [],
    identity: options.identity ?? null,
    crossoverEta: options.crossoverEta ?? 20,
    mutationEta: options.mutationEta ?? 20,
    crossoverProbability: options.crossoverProbability ?? 0.9,
    mutationProbability: options.mutationProbability ?? 1 / variables.length,
  };
}

/** Evaluates a batch and pairs each candidate with its evaluation, checking what came back. */
async function evaluateBatch(batch: number[][], evaluate: BatchEvaluator): Promise<(Evaluation & { x: number[] })[]> {
  const results = await evaluate(batch.map((x) => [...x]));
  if (results.length !== batch.length) throw new Error(`nsga2: evaluated ${results.length} of ${batch.length} candidates`);
  return results.map((r, i) => {
    if (!(r.violation >= 0) || r.objectives.some((f) => Number.isNaN(f))) throw new Error(`nsga2: bad evaluation of candidate ${i}: ${JSON.stringify(r)}`);
    return { x: batch[i], objectives: [...r.objectives], violation: r.violation };
  });
}

/**
 * N children of `population` by tournament, SBX and polynomial mutation, integer variables
 * rounded; with `identity`, copies of the population or of earlier children are bred again.
 */
function breed(population: readonly Individual[], variables: readonly Variable[], o: Settled, rng: () => number): number[][] {
  const children: number[][] = [];
  const seen = o.identity === null ? null : new Set(population.map((p) => o.identity!(p.x)));
  let redraws = REDRAWS_PER_CHILD * o.populationSize;
  while (children.length < o.populationSize) {
    const p1 = tournament(population, rng).x;
    const p2 = tournament(population, rng).x;
    const pair = rng() < o.crossoverProbability ? sbx(p1, p2, variables, o.crossoverEta, rng) : [[...p1], [...p2]];
    for (const child of pair) {
      mutate(child, variables, o.mutationEta, o.mutationProbability, rng);
      repair(child, variables);
      if (seen !== null) {
        const key = o.identity!(child);
        if (seen.has(key) && redraws-- > 0) continue;
        seen.add(key);
      }
      if (children.length < o.populationSize) children.push(child);
    }
  }
  return children;
}

/**
 * Runs NSGA-II over `variables`, minimising the objectives `evaluate` returns under its
 * constraint violation. `evaluate` is called once per generation with that generation's
 * candidates; `onGeneration(g, front, population)` is told of each generation's first front and
 * the population kept, g = 0 being the initial population. Deterministic given `rng` and a deterministic `evaluate`.
 */
export async function nsga2(
  variables: readonly Variable[],
  evaluate: BatchEvaluator,
  options: Nsga2Options,
  rng: () => number,
  onGeneration?: (generation: number, front: Individual[], population: Individual[]) => void,
): Promise<Nsga2Result> {
  const o = settle(variables, options);
  const history: GenerationSummary[] = [];
  const initial = Array.from({ length: o.populationSize }, () => repair(variables.map((v) => v.low + rng() * (v.high - v.low)), variables));
  o.seeds.slice(0, o.populationSize).forEach((x, i) => (initial[i] = repair(variables.map((v, k) => Math.min(v.high, Math.max(v.low, x[k]))), variables)));
  let population = rankAndCrowd(await evaluateBatch(initial, evaluate));
  let evaluations = o.populationSize;
  for (let g = 0; ; g++) {
    const front = population.filter((p) => p.rank === 0);
    history.push({ generation: g, evaluations, feasible: population.filter((p) => p.violation <= 0).length, frontSize: front.length });
    onGeneration?.(g, front, population);
    if (g === o.generations) return { population, front, history };
    const children = await evaluateBatch(breed(population, variables, o, rng), evaluate);
    evaluations += children.length;
    // Elitism: parents and children compete together; the best N by (rank, crowding) survive.
    // Crowding is recomputed on the survivors so the next tournament sees the kept front's spread.
    const survivors = rankAndCrowd([...population, ...children]).slice(0, o.populationSize);
    population = rankAndCrowd(survivors);
  }
}
