/**
 * The two kinds of criterion patterns use: a bound every seed must meet (the margin lies in the
 * bound, so a pass is not luck of one seed), and closeness of the seeds' mean to an observed
 * figure within a stated tolerance.
 */
import type { Check, SeedMeasurement, Text, Unit } from './pattern.ts';

interface CheckSpec {
  id: string;
  label: Text;
  observed?: Text;
  unit: Unit;
  /** The measured figure of one seed, from its values. */
  value: (values: SeedMeasurement['values']) => number;
}

/** How a bound is shown in a criterion. */
function shown(x: number, unit: Unit): string {
  if (unit === 'share') return `${+(x * 100).toFixed(1)}%`;
  if (unit === 'change') return `${x > 0 ? '+' : ''}${+(x * 100).toFixed(2)}%`;
  if (unit === 'days') return `${x} d`;
  return String(x);
}

/** Passes when every seed's value is at least `min` (a NaN fails); shows the worst seed. */
export function atLeastInEverySeed(spec: CheckSpec & { min: number }): Check {
  return {
    ...spec,
    criterion: { zh: `每个种子均 ≥ ${shown(spec.min, spec.unit)}`, en: `≥ ${shown(spec.min, spec.unit)} in every seed` },
    judge(seeds) {
      const perSeed = seeds.map((s) => spec.value(s.values));
      return { value: Math.min(...perSeed), perSeed, pass: perSeed.every((v) => v >= spec.min) };
    },
  };
}

/** Passes when every seed's value is at most `max` (a NaN fails); shows the worst seed. */
export function atMostInEverySeed(spec: CheckSpec & { max: number }): Check {
  return {
    ...spec,
    criterion: { zh: `每个种子均 ≤ ${shown(spec.max, spec.unit)}`, en: `≤ ${shown(spec.max, spec.unit)} in every seed` },
    judge(seeds) {
      const perSeed = seeds.map((s) => spec.value(s.values));
      return { value: Math.max(...perSeed), perSeed, pass: perSeed.every((v) => v <= spec.max) };
    },
  };
}

/** Passes when the seeds' mean lies within `tolerance` of `target` (the observed figure). */
export function meanNear(spec: CheckSpec & { target: number; tolerance: number }): Check {
  const band = `${shown(spec.target, spec.unit)} ± ${spec.unit === 'share' ? `${+(spec.tolerance * 100).toFixed(1)} pp` : shown(spec.tolerance, spec.unit)}`;
  return {
    ...spec,
    criterion: { zh: `种子均值在 ${band} 内`, en: `mean within ${band}` },
    judge(seeds) {
      const perSeed = seeds.map((s) => spec.value(s.values));
      const mean = perSeed.reduce((a, b) => a + b, 0) / perSeed.length;
      return { value: mean, perSeed, pass: Math.abs(mean - spec.target) <= spec.tolerance };
    },
  };
}
