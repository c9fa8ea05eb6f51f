import { BUILTIN_METRICS } from './builtins.ts';

/**
 * Which direction of a metric counts as an improvement: `higher`, `lower`, `zero` (closer to
 * zero: urban-rural gaps), `one` (closer to one: rural/urban ratios), `none` (no value judgement,
 * e.g. counts of whistles). Experiments use it for the probability of improvement and to mark the
 * best arm; an experiment may override it per outcome.
 */
export type Better = 'higher' | 'lower' | 'zero' | 'one' | 'none';

const LOWER = /^(needs_arisen|unmet_share|resolution_days_|escalations|needs_lapsed|reports_petition|misroute_share|theil_|gini_|cost)/;
const NONE = /^(whistles|needs_reported|reports_(in_person|online|grid_visit|partner)$)/;

/** The default direction of a built-in metric; `none` for names it does not know (user metrics). */
export function betterDirection(metric: string): Better {
  if (!BUILTIN_METRICS.includes(metric)) return 'none';
  if (metric.startsWith('gap_')) return 'zero';
  if (metric.startsWith('ratio_')) return 'one';
  if (NONE.test(metric)) return 'none';
  if (LOWER.test(metric)) return 'lower';
  return 'higher';
}

/**
 * Whether `value` is better than `reference` in the given direction: 1 better, 0 worse, 0.5 tie
 * or no direction (so a probability of improvement averages to 0.5 when nothing differs).
 */
export function improvement(value: number, reference: number, better: Better): number {
  const score = (v: number): number => {
    switch (better) {
      case 'higher':
        return v;
      case 'lower':
        return -v;
      case 'zero':
        return -Math.abs(v);
      case 'one':
        return -Math.abs(v - 1);
      case 'none':
        return 0;
    }
  };
  const a = score(value);
  const b = score(reference);
  return a > b ? 1 : a < b ? 0 : 0.5;
}
