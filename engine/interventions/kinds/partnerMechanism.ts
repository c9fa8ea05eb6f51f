import { forPlaces, type InterventionKind } from '../kind.ts';

/** 初心合伙人 (Hongta, seed 001) and 城市合伙人 (Wuhou Cujin, seed 004). */
export const partnerMechanism: InterventionKind<{ partnersPerGrid: number; capacityPerPartner: number; firmWillingnessBoost: number }> = {
  kind: 'partnerMechanism',
  practice: '初心合伙人 / 城市合伙人 partner mechanisms (001_7ec4f0e4328f94fb.txt, 004_32c1ffca1322b8d2.txt)',
  changes: [
    'place.partnersPerGrid: partners detecting needs like volunteers (reporting) and reporting them with priority',
    'place.partnerCapacity: cases per day partners add to the committee',
    'place.firmWillingnessBoost: merchants\' alliance raises firms\' willingness',
  ],
  expected: { metric: 'resolution_days_mean', direction: 'decrease' },
  params: {
    partnersPerGrid: { default: 3, min: 0, max: 100, unit: 'partners/grid', description: 'Partners (firms, organisations, volunteers) recruited per grid.' },
    capacityPerPartner: { default: 0.1, min: 0, max: 10, unit: 'cases/day', description: 'Cases per day each partner adds to the committee.' },
    firmWillingnessBoost: { default: 0.1, min: 0, max: 1, unit: 'share', description: 'Increase in firms\' willingness to contribute.' },
  },
  apply(levers, scope, p) {
    forPlaces(scope, (q) => {
      levers.place.partnersPerGrid[q] += p.partnersPerGrid;
      levers.place.partnerCapacity[q] += p.partnersPerGrid * p.capacityPerPartner;
      levers.place.firmWillingnessBoost[q] += p.firmWillingnessBoost;
    });
  },
};
