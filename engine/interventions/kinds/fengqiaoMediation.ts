import { forPlaces, type InterventionKind } from '../kind.ts';

/** 新时代枫桥经验 (seed 004): disputes settled locally instead of escalating. */
export const fengqiaoMediation: InterventionKind<{ mediatorsPerPlace: number; mediationAcceptance: number; mediationSuccess: number; escalationReduction: number }> = {
  kind: 'fengqiaoMediation',
  practice: '新时代枫桥经验 Fengqiao-style local mediation (004_32c1ffca1322b8d2.txt)',
  changes: [
    'place.mediators: mediation capacity for disputes',
    'place.mediationAcceptance: share of disputes whose parties agree to mediation',
    'place.mediationSuccess: probability a mediated dispute is settled',
    'place.escalationFactor: escalation hazard × (1 − escalationReduction)',
  ],
  expected: { metric: 'escalations', direction: 'decrease' },
  params: {
    mediatorsPerPlace: { default: 3, min: 0, max: 50, unit: 'mediators/place', description: 'People\'s mediators per place (raised to at least this).' },
    mediationAcceptance: { default: 0.8, min: 0, max: 1, unit: 'share', description: 'Share of reported disputes whose parties agree to mediation (raised to at least this).' },
    mediationSuccess: { default: 0.96, min: 0, max: 1, unit: 'probability', description: 'Probability a dispute taken to mediation is settled by it (raised to at least this).' },
    escalationReduction: { default: 0.5, min: 0, max: 1, unit: 'share', description: 'Reduction of the escalation hazard of open disputes.' },
  },
  apply(levers, scope, p) {
    forPlaces(scope, (q) => {
      levers.place.mediators[q] = Math.max(levers.place.mediators[q], p.mediatorsPerPlace);
      levers.place.mediationAcceptance[q] = Math.max(levers.place.mediationAcceptance[q], p.mediationAcceptance);
      levers.place.mediationSuccess[q] = Math.max(levers.place.mediationSuccess[q], p.mediationSuccess);
      levers.place.escalationFactor[q] *= 1 - p.escalationReduction;
    });
  },
};
