import { builtinMetric } from './builtins.ts';
import type { Better } from './catalogue.ts';

/**
 * Which direction of a metric counts as an improvement (see {@link Better}). Experiments use it
 * for the probability of improvement and to mark the best arm; an experiment may override it per
 * outcome.
 */
export type { Better };

/** The default direction of a built-in metric, from the catalogue; `none` for names it does not know (user metrics). */
export function betterDirection(metric: string): Better {
  return builtinMetric(metric)?.better ?? 'none';
}

/**
 * Whether `value` is better than `reference` in the given direction: 1 better, 0 worse, 0.5 tie
 * or no direction (so a probability of improvement averages to 0.5 when nothing differs).
 */
export function improvement(value: number, reference: number, better: Better): number {
  const score = SCORES[better];
  if (score === undefined) return 0.5;
  const a = score(value);
  const b = score(reference);
  return a > b ? 1 : a < b ? 0 : 0.5;
}

/** A value's score in each direction that has one: the higher, the better. */
const SCORES: Readonly<Partial<Record<Better, (v: number) => number>>> = {
  higher: (v) => v,
  lower: (v) => -v,
  zero: (v) => -Math.abs(v),
  one: (v) => -Math.abs(v - 1),
};

/** The score of values in a direction (higher is better); undefined for `none`. */
export function betterScore(better: Better): ((v: number) => number) | undefined {
  return SCORES[better];
}
