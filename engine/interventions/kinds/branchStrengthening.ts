import { forPlaces, type InterventionKind } from '../kind.ts';

/** Where the defaults come from (seed documents; the values are assumptions to calibrate). */
const SOURCE = 'shared/seeds/000_0b4d562ac8635390.txt, shared/seeds/003_a8d8f07473df21db.txt; value assumption; calibrate';

/** 党建引领, 整顿软弱涣散基层党组织 (seeds 000, 003): strengthening weak party branches. */
export const branchStrengthening: InterventionKind<{ targetStrength: number; competenceGain: number }> = {
  kind: 'branchStrengthening',
  name: { zh: '党支部建设', en: 'Party branch strengthening' },
  practice: '党建引领 / 整顿软弱涣散基层党组织 strengthening weak party branches (000_0b4d562ac8635390.txt, 003_a8d8f07473df21db.txt)',
  changes: [
    'place.branchFloor: weak branches (below committees.weakBranchThreshold) act at targetStrength: mobilisation and coordination',
    'place.competenceBoost: committee competence of those places',
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
  },
  apply(levers, scope, p) {
    forPlaces(scope, (q) => {
      levers.place.branchFloor[q] = Math.max(levers.place.branchFloor[q], p.targetStrength);
      levers.place.competenceBoost[q] += p.competenceGain;
    });
  },
};
