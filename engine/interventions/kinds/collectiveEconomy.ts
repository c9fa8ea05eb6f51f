import { forPlaces, type InterventionKind } from '../kind.ts';

/** 强村公司, 党组织领办合作社 (seed 001): investment in village collectives. */
export const collectiveEconomy: InterventionKind<{ investmentPerVillage: number; returnBoost: number }> = {
  kind: 'collectiveEconomy',
  practice: '强村公司 / 党组织领办 party-led village companies (001_7ec4f0e4328f94fb.txt)',
  changes: [
    'place.investment: yearly investment added to village collective assets (assets persist)',
    'place.returnBoost: added to the annual return on collective assets',
  ],
  expected: { metric: 'collective_income', direction: 'increase' },
  params: {
    investmentPerVillage: { default: 300000, min: 0, max: 1e9, unit: 'yuan/year', description: 'Investment per village per year.' },
    returnBoost: { default: 0.02, min: 0, max: 1, unit: 'share/year', description: 'Added annual return on assets from better management.' },
  },
  apply(levers, scope, p) {
    forPlaces(scope, (q) => {
      levers.place.investment[q] += p.investmentPerVillage;
      levers.place.returnBoost[q] += p.returnBoost;
    });
  },
};
