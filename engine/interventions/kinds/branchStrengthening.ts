import { forPlaces, type InterventionKind } from '../kind.ts';

/** 党建引领, 整顿软弱涣散基层党组织 (seeds 000, 003): strengthening weak party branches. */
export const branchStrengthening: InterventionKind<{ targetStrength: number; competenceGain: number }> = {
  kind: 'branchStrengthening',
  practice: '党建引领 / 整顿软弱涣散基层党组织 strengthening weak party branches (000_0b4d562ac8635390.txt, 003_a8d8f07473df21db.txt)',
  changes: [
    'place.branchFloor: weak branches (below committees.weakBranchThreshold) act at targetStrength: mobilisation and coordination',
    'place.competenceBoost: committee competence of those places',
  ],
  expected: { metric: 'participation', direction: 'increase' },
  params: {
    targetStrength: { default: 0.7, min: 0, max: 1, unit: 'strength', description: 'Strength weak branches are raised to.' },
    competenceGain: { default: 0.05, min: 0, max: 1, unit: 'competence', description: 'Competence added to committees of strengthened branches.' },
  },
  apply(levers, scope, p) {
    forPlaces(scope, (q) => {
      levers.place.branchFloor[q] = Math.max(levers.place.branchFloor[q], p.targetStrength);
      levers.place.competenceBoost[q] += p.competenceGain;
    });
  },
};
