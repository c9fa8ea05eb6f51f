import { reachResidents, type InterventionKind } from '../kind.ts';

/** Elderly universities, community classes (seed 004): capacity to participate. */
export const participationTraining: InterventionKind<{ reachPerYear: number; efficacyGain: number; skillGain: number }> = {
  kind: 'participationTraining',
  practice: 'elderly universities, community classes: weak participation capacity (004_32c1ffca1322b8d2.txt)',
  changes: ['residents.efficacy and residents.skill: trained residents gain both (stocks, persist)'],
  expected: { metric: 'efficacy', direction: 'increase' },
  params: {
    reachPerYear: { default: 0.1, min: 0, max: 1, unit: 'share/year', description: 'Share of targeted residents trained each year.' },
    efficacyGain: { default: 0.1, min: 0, max: 1, unit: 'efficacy', description: 'Efficacy gained by a trained resident.' },
    skillGain: { default: 0.1, min: 0, max: 1, unit: 'skill', description: 'Digital skill gained by a trained resident.' },
  },
  monthly(sim, township, scope, p, rng) {
    const r = sim.residents;
    reachResidents(sim, township, scope, p.reachPerYear, rng, (i) => {
      if (r.ageGroup[i] === 0) return;
      r.efficacy[i] = Math.min(1, r.efficacy[i] + p.efficacyGain);
      r.skill[i] = Math.min(1, r.skill[i] + p.skillGain);
    });
  },
};
