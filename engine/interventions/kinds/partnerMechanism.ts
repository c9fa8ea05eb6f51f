import { forPlaces, type InterventionKind } from '../kind.ts';

/** 初心合伙人 (Hongta, seed 001) and 城市合伙人 (Wuhou Cujin, seed 004). */
export const partnerMechanism: InterventionKind<{ partnersPerGrid: number; detectionPerPartner: number; capacityPerPartner: number; firmWillingnessBoost: number }> = {
  kind: 'partnerMechanism',
  practice: '初心合伙人 / 城市合伙人 partner mechanisms (001_7ec4f0e4328f94fb.txt, 004_32c1ffca1322b8d2.txt)',
  changes: [
    'place.partnerDetection: daily detection hazard partners add (reporting); partner-reported cases get committee priority',
    'place.partnerCapacity: cases per day partners add to the committee',
    'place.firmWillingnessBoost: merchants\' alliance raises firms\' willingness',
  ],
  expected: { metric: 'report_rate', direction: 'increase' },
  params: {
    partnersPerGrid: { default: 3, min: 0, max: 100, unit: 'partners/grid', description: 'Partners (firms, organisations, volunteers) recruited per grid.' },
    detectionPerPartner: { default: 0.01, min: 0, max: 1, unit: 'hazard/day per partner per 100 households', description: 'Daily chance a partner hears of an open need, per partner per 100 households (grid leaders know their blocks).' },
    capacityPerPartner: { default: 0.1, min: 0, max: 10, unit: 'cases/day', description: 'Cases per day each partner adds to the committee.' },
    firmWillingnessBoost: { default: 0.1, min: 0, max: 1, unit: 'share', description: 'Increase in firms\' willingness to contribute.' },
  },
  apply(levers, scope, p) {
    forPlaces(scope, (q) => {
      levers.place.partnerDetection[q] += p.partnersPerGrid * p.detectionPerPartner;
      levers.place.partnerCapacity[q] += p.partnersPerGrid * p.capacityPerPartner;
      levers.place.firmWillingnessBoost[q] += p.firmWillingnessBoost;
    });
  },
};
