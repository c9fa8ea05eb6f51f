import { forPlaces, type InterventionKind } from '../kind.ts';

/** 共同缔造 (Songzi, seed 004): self-organisations, 五老 councils, women's groups. */
export const jointCreation: InterventionKind<{ organisationsPerPlace: number; mobilisationBoost: number; efficacyGainPerYear: number }> = {
  kind: 'jointCreation',
  practice: '共同缔造 joint creation: self-governance groups, 五老 councils, women\'s groups (004_32c1ffca1322b8d2.txt)',
  changes: [
    'place.extraOrganisations: community organisations adding mobilisation and volunteers',
    'place.mobilisationBoost: committee mobilisation',
    'residents.efficacy: adults in scope gain efficacy (stock, persists)',
  ],
  expected: { metric: 'participation', direction: 'increase' },
  params: {
    organisationsPerPlace: { default: 1, min: 0, max: 50, unit: 'organisations/place', description: 'Self-organisations formed per place.' },
    mobilisationBoost: { default: 0.05, min: 0, max: 1, unit: 'mobilisation', description: 'Added mobilisation of residents.' },
    efficacyGainPerYear: { default: 0.02, min: 0, max: 1, unit: 'efficacy/year', description: 'Efficacy gained per year by adults in scope.' },
  },
  apply(levers, scope, p) {
    forPlaces(scope, (q) => {
      levers.place.extraOrganisations[q] += p.organisationsPerPlace;
      levers.place.mobilisationBoost[q] += p.mobilisationBoost;
    });
  },
  monthly(sim, township, scope, p) {
    if (p.efficacyGainPerYear <= 0) return;
    const r = sim.residents;
    const ts = sim.townships[township];
    const gain = p.efficacyGainPerYear / 12;
    for (let i = ts.firstResident; i < ts.endResident; i++)
      if (scope.places[r.place[i]] && scope.zones[r.zone[i]] && scope.ageGroups[r.ageGroup[i]] && r.ageGroup[i] > 0)
        r.efficacy[i] = Math.min(1, r.efficacy[i] + gain);
  },
};

