import { forPlaces, type InterventionKind } from '../kind.ts';

/** Funding and tax incentives for organisations and firms (seeds 003, 004). */
export const socialMobilisation: InterventionKind<{ organisationCapacityFactor: number; contractedShare: number; firmWillingnessBoost: number }> = {
  kind: 'socialMobilisation',
  practice: 'purchase of services, funding and tax incentives for social organisations and firms (003_a8d8f07473df21db.txt, 004_32c1ffca1322b8d2.txt)',
  changes: [
    'place.organisationCapacityFactor: capacity of organisations',
    'place.contractedShare: share of organisations under purchase-of-service contracts',
    'place.firmWillingnessBoost: firms\' willingness to contribute',
  ],
  expected: { metric: 'resolution_days_mean', direction: 'decrease' },
  params: {
    organisationCapacityFactor: { default: 1.5, min: 1, max: 10, unit: 'factor', description: 'Multiplier on organisations\' capacity.' },
    contractedShare: { default: 0.6, min: 0, max: 1, unit: 'share', description: 'Share of organisations contracted (raised to at least this).' },
    firmWillingnessBoost: { default: 0.15, min: 0, max: 1, unit: 'share', description: 'Increase in firms\' willingness to contribute.' },
  },
  apply(levers, scope, p) {
    forPlaces(scope, (q) => {
      levers.place.organisationCapacityFactor[q] *= p.organisationCapacityFactor;
      levers.place.contractedShare[q] = Math.max(levers.place.contractedShare[q], p.contractedShare);
      levers.place.firmWillingnessBoost[q] += p.firmWillingnessBoost;
    });
  },
};
