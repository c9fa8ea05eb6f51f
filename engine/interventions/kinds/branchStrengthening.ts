import { normalCdf, normalPdf } from '../../core/normalDistribution.ts';
import type { Scenario } from '../../scenario.ts';
import { forPlaces, type InterventionKind } from '../kind.ts';

/** Where the defaults come from (seed documents; the values are assumptions to calibrate). */
const SOURCE = 'shared/seeds/000_0b4d562ac8635390.txt, shared/seeds/003_a8d8f07473df21db.txt; value assumption; calibrate';

/** 党建引领, 整顿软弱涣散基层党组织 (seeds 000, 003): strengthening weak party branches. */
export const branchStrengthening: InterventionKind<{ targetStrength: number; competenceGain: number; staffDaysPerTenth: number }> = {
  kind: 'branchStrengthening',
  name: { zh: '党支部建设', en: 'Party branch strengthening' },
  practice: '党建引领 / 整顿软弱涣散基层党组织 strengthening weak party branches (000_0b4d562ac8635390.txt, 003_a8d8f07473df21db.txt)',
  changes: [
    'place.branchFloor: weak branches (below committees.weakBranchThreshold) act at targetStrength: mobilisation and coordination',
    'place.competenceBoost: committee competence of those places',
    'township cadre time for each weak branch in proportion to how far it is raised (strength and competence)',
  ],
  expected: { metric: 'participation', direction: 'increase' },
  params: {
    targetStrength: {
      type: 'number', default: 0.7, minimum: 0, maximum: 1, unit: 'index (0-1)', source: SOURCE,
      description: {
        en: 'Weak party branches in targeted places are raised to this strength.',
        zh: '目标地点软弱涣散党组织的组织力提升到该水平。',
      },
    },
    competenceGain: {
      type: 'number', default: 0.05, minimum: 0, maximum: 1, unit: 'index (0-1)', source: SOURCE,
      description: {
        en: 'Competence gained by the committees of strengthened branches.',
        zh: '被加强党组织所在村（居）委会获得的能力提升。',
      },
    },
    staffDaysPerTenth: {
      type: 'number', default: 100, minimum: 0, maximum: 3650, unit: 'staff-days per weak branch per year per 0.1 raised',
      source: 'assumption: about one first secretary or township cadre stationed full time (365 staff-days a year) per weak branch at the defaults, where a weak branch is raised by about 0.33 in strength and 0.05 in competence (选派第一书记 to villages with weak party organisations, CPC Organization Department 2015; 整顿软弱涣散基层党组织, shared/seeds/000_0b4d562ac8635390.txt); calibrate',
      description: {
        en: 'Township cadre time a weak branch receives per year for each 0.1 it is raised (branch strength up to targetStrength, plus committee competence by competenceGain).',
        zh: '每个软弱涣散党组织每提升 0.1（组织力提升至 targetStrength 的幅度，加上村（居）委会能力提升 competenceGain）每年获得的乡镇干部人日数。',
      },
    },
  },
  consumes: {
    cadreDays: { unit: { en: 'township staff-day', zh: '乡镇干部人日' }, timing: 'year', staff: 'township' },
  },
  intensity: 'targetStrength',
  plan(size, p, scenario) {
    return { cadreDays: 10 * p.staffDaysPerTenth * size.places * expectedLift(scenario, p.targetStrength, p.competenceGain) };
  },
  apply(levers, scope, p) {
    forPlaces(scope, (q) => {
      levers.place.branchFloor[q] = Math.max(levers.place.branchFloor[q], p.targetStrength);
      levers.place.competenceBoost[q] += p.competenceGain;
    });
  },
};

/**
 * Expected lift of a place, estimated from the normal distribution of branch strength
 * (committees.branchStrength mean μ and sd σ, ignoring the clipping of drawn strengths):
 * E[max(0, t − X); X < θ] + competenceGain · P(X < θ), θ the weak-branch threshold, t the
 * target: (t − μ)·Φ(z) + σ·φ(z) with z = (min(t, θ) − μ)/σ, since a weak branch above the
 * target keeps its own strength.
 */
export function expectedLift(scenario: Scenario, target: number, competenceGain: number): number {
  const { mean } = scenario.committees.branchStrength;
  const sd = Math.max(scenario.committees.branchStrength.sd, 1e-9);
  const threshold = scenario.committees.weakBranchThreshold;
  const z = (Math.min(target, threshold) - mean) / sd;
  const strength = target > 0 ? Math.max(0, (target - mean) * normalCdf(z) + sd * normalPdf(z)) : 0;
  return strength + competenceGain * normalCdf((threshold - mean) / sd);
}
