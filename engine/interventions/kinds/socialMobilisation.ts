import { forPlaces, type InterventionKind } from '../kind.ts';

/** Where the defaults come from (seed documents; the values are assumptions to calibrate). */
const SOURCE = 'shared/seeds/003_a8d8f07473df21db.txt, shared/seeds/004_32c1ffca1322b8d2.txt; value assumption; calibrate';

/** Funding and tax incentives for organisations and firms (seeds 003, 004). */
export const socialMobilisation: InterventionKind<{ organisationCapacityFactor: number; contractedShare: number; firmWillingnessBoost: number }> = {
  kind: 'socialMobilisation',
  name: { zh: '社会动员', en: 'Social mobilisation' },
  practice: 'purchase of services, funding and tax incentives for social organisations and firms (003_a8d8f07473df21db.txt, 004_32c1ffca1322b8d2.txt)',
  changes: [
    'place.organisationCapacityFactor: capacity of organisations',
    'place.contractedShare: share of organisations under purchase-of-service contracts',
    'place.firmWillingnessBoost: firms\' willingness to contribute',
  ],
  expected: { metric: 'resolution_days_mean', direction: 'decrease' },
  params: {
    organisationCapacityFactor: {
      type: 'number', default: 1.5, minimum: 1, maximum: 10, unit: 'multiplier', source: SOURCE,
      description: {
        en: 'Multiplier of social-organisation capacity in targeted places.',
        zh: '目标地点社会组织服务能力的倍数。',
      },
    },
    contractedShare: {
      type: 'number', default: 0.6, minimum: 0, maximum: 1, unit: 'share (0-1)', source: SOURCE,
      description: {
        en: 'Share of organisations under purchase-of-service contracts while active (raised to at least this).',
        zh: '干预期间签订政府购买服务合同的社会组织比例（至少提高到该值）。',
      },
    },
    firmWillingnessBoost: {
      type: 'number', default: 0.15, minimum: 0, maximum: 1, unit: 'index (0-1)', source: SOURCE,
      description: {
        en: 'Added to firms\' willingness to contribute.',
        zh: '企业参与意愿（0-1 指数）的增加量。',
      },
    },
  },
  apply(levers, scope, p) {
    forPlaces(scope, (q) => {
      levers.place.organisationCapacityFactor[q] *= p.organisationCapacityFactor;
      levers.place.contractedShare[q] = Math.max(levers.place.contractedShare[q], p.contractedShare);
      levers.place.firmWillingnessBoost[q] += p.firmWillingnessBoost;
    });
  },
};
