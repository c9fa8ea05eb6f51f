import { endsPeriod } from '../../engine/core/calendar.ts';
import { createSimulation } from '../../engine/simulation.ts';
import type { Scenario } from '../../engine/scenario.ts';
import { atLeastInEverySeed, atMostInEverySeed } from '../checks.ts';
import { addPlaceParticipation } from '../observe/placeParticipation.ts';
import { runObserved } from '../observe/run.ts';
import type { Measured, Pattern } from '../pattern.ts';
import { variant } from '../variant.ts';

/**
 * Years per run: near its tipping point a place moves slowly (each month's gain is small), so
 * after two years a place that has tipped may still be on its way up and its jump would be split
 * across two steps; four years let tipped places arrive.
 */
const YEARS = 4;
/** Month ends averaged for a place's participation (the last half year). */
const MONTHS_AVERAGED = 6;
/** Mobilisation added to every place, in steps of 0.05 (utility +0.06 at the default weight). */
export const MOBILISATION_STEPS = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4];
/** A rise of participation in one step this large counts as tipping. */
export const TIP = 0.2;

/** Each place's mean adult participation over the last months of a run with `boost` mobilisation. */
function placeCurve(scenario: Scenario, seed: number, boost: number): Float64Array {
  const interventions = boost > 0 ? [{ kind: 'jointCreation', start: 0, params: { organisationsPerPlace: 0, efficacyGainPerYear: 0, mobilisationBoost: boost } }] : [];
  const sim = createSimulation(variant(scenario, { years: YEARS, interventions }), { seed });
  const sum = new Float64Array(sim.state.committees.size);
  const fromDay = sim.state.horizonDays - Math.round((MONTHS_AVERAGED * 365) / 12) - 1;
  let months = 0;
  runObserved(sim, (day) => {
    if (day < fromDay || !endsPeriod(day, 'month')) return;
    addPlaceParticipation(sim.state, sum);
    months++;
  });
  return sum.map((x) => x / months);
}

/**
 * Sweeps the mobilisation of every place and measures, per place, the largest rise of
 * participation between neighbouring steps; a place tips when that rise reaches {@link TIP}
 * (20 points for +0.05 mobilisation: several times what mobilisation alone can do, so only
 * peers taking part can produce it).
 */
export function measureCascade(scenario: Scenario, seed: number): Measured {
  const curves = MOBILISATION_STEPS.map((boost) => placeCurve(scenario, seed, boost));
  const places = curves[0].length;
  const jumps: number[] = [];
  for (let p = 0; p < places; p++) {
    let jump = -Infinity;
    for (let k = 1; k < curves.length; k++) jump = Math.max(jump, curves[k][p] - curves[k - 1][p]);
    jumps.push(jump);
  }
  const sorted = [...jumps].sort((a, b) => a - b);
  const median = (xs: ArrayLike<number>) => Array.from(xs).sort((a, b) => a - b)[xs.length >> 1];
  return {
    places,
    tippingShare: jumps.filter((j) => j >= TIP).length / places,
    medianLargestStep: sorted[places >> 1],
    largestStep: sorted[places - 1],
    medianParticipationAtBaseline: median(curves[0]),
    medianParticipationAtTop: median(curves[curves.length - 1]),
  };
}

/**
 * Participation shows threshold cascades (Granovetter 1978): a small change in mobilisation can
 * tip a community from low to high participation, because each resident's threshold is met by
 * the share of their ties already taking part. Mobilisation is added through the joint-creation
 * lever alone (no extra organisations, no efficacy stock) from day 0.
 */
export const participationCascade: Pattern = {
  id: 'participation-cascade',
  title: { zh: '参与的阈值级联', en: 'Participation shows threshold cascades' },
  source: 'Granovetter M. (1978) Threshold models of collective behavior. American Journal of Sociology 83(6): 1420-1443; docs/ODD.md §4.1, §7.9',
  measures: {
    zh: '各村/社区动员水平每次提高0.05(0至0.4),第四年后半年成年人参与率的变化;一步内上升至少20个百分点即为“临界翻转”',
    en: 'Per village or community, adult participation (mean of the last six months of four years) as mobilisation is raised in steps of 0.05 from 0 to 0.4; a rise of at least 20 points in one step counts as tipping',
  },
  cost: MOBILISATION_STEPS.length * YEARS,
  measure: measureCascade,
  checks: [
    atLeastInEverySeed({
      id: 'places-tip',
      label: { zh: '临界翻转的村/社区:动员+0.05,参与率升≥20点', en: 'places tipping: +0.05 mobilisation, ≥ +20 points' },
      observed: { zh: '存在临界点(定性)', en: 'tipping (qualitative)' },
      unit: 'share',
      min: 0.5,
      value: (v) => v.tippingShare,
    }),
    atMostInEverySeed({
      id: 'low-before',
      label: { zh: '未追加动员时参与率低(村/社区中位数)', en: 'participation low before (median place, no extra mobilisation)' },
      unit: 'share',
      max: 0.3,
      value: (v) => v.medianParticipationAtBaseline,
    }),
    atMostInEverySeed({
      id: 'high-below-ceiling',
      label: { zh: '翻转后参与率仍低于上限(村/社区中位数,动员+0.4)', en: 'participation after tipping stays below a ceiling (median place, +0.4)' },
      observed: { zh: '总有居民无法参与(时间、健康)', en: 'some residents can never take part (time, health)' },
      unit: 'share',
      max: 0.8,
      value: (v) => v.medianParticipationAtTop,
    }),
  ],
};
