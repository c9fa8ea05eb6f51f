import { DAYS_PER_YEAR } from '../../core/calendar.ts';
import type { ScopeSize } from '../../resources/consumption.ts';
import type { Scenario } from '../../scenario.ts';
import { forPlaces, type InterventionKind } from '../kind.ts';

/** Where the defaults come from (seed documents; the values are assumptions to calibrate). */
const SOURCE = 'shared/seeds/003_a8d8f07473df21db.txt, shared/seeds/004_32c1ffca1322b8d2.txt; value assumption; calibrate';

type Params = { organisationCapacityFactor: number; contractedShare: number; firmWillingnessBoost: number; yuanPerContractedCase: number; yuanPerFirmYear: number };

/** Funding and tax incentives for organisations and firms (seeds 003, 004). */
export const socialMobilisation: InterventionKind<Params> = {
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
    yuanPerContractedCase: {
      type: 'number', default: 80, minimum: 0, maximum: 100000, unit: 'yuan per contracted case',
      source: 'assumption: a contracted organisation handling 3 cases a day (organisations.capacity) for about 90,000 yuan a year, roughly one social worker with overheads; calibrate (purchase of services: shared/seeds/003_a8d8f07473df21db.txt)',
      description: {
        en: 'Price the county pays per case of contracted capacity (purchase of services), for the capacity the intervention adds: more organisations under contract and more capacity per contracted organisation.',
        zh: '政府购买服务中每件合同办件能力的价格，按干预新增的合同能力计（更多组织签约、每个签约组织能力提高）。',
      },
    },
    yuanPerFirmYear: {
      type: 'number', default: 3000, minimum: 0, maximum: 10000000, unit: 'yuan per firm per year',
      source: 'assumption: tax relief and subsidies per firm in scope (資金、稅收優惠, shared/seeds/004_32c1ffca1322b8d2.txt); calibrate',
      description: {
        en: 'Yearly cost of the incentives (tax relief, subsidies) offered to each firm in scope, charged when firmWillingnessBoost is above 0.',
        zh: '向范围内每家企业提供激励（税收优惠、补贴）的年度费用，仅在 firmWillingnessBoost 大于 0 时计入。',
      },
    },
  },
  consumes: {
    contractedCase: { unit: { zh: '件（合同办件能力）', en: 'contracted case' }, timing: 'year', price: 'yuanPerContractedCase' },
    firm: { unit: { zh: '家企业·年', en: 'firm-year' }, timing: 'year', price: 'yuanPerFirmYear' },
  },
  // The share under contract: purchase of services is the kind's main spending. Below the
  // scenario's own share only the capacity boost of the organisations already contracted is paid.
  intensity: 'contractedShare',
  plan(size, p, scenario) {
    return {
      contractedCase: addedContractedCapacity(size, p, scenario) * DAYS_PER_YEAR,
      firm: p.firmWillingnessBoost > 0 ? firmsInScope(size, scenario) : 0,
    };
  },
  apply(levers, scope, p) {
    forPlaces(scope, (q) => {
      levers.place.organisationCapacityFactor[q] *= p.organisationCapacityFactor;
      levers.place.contractedShare[q] = Math.max(levers.place.contractedShare[q], p.contractedShare);
      levers.place.firmWillingnessBoost[q] += p.firmWillingnessBoost;
    });
  },
};

/**
 * Cases per day of contracted capacity the intervention adds, estimated from the scenario:
 * organisations in scope (perPlace by place type) × capacity × (factor × contracted share while
 * active − contracted share before).
 */
function addedContractedCapacity(size: ScopeSize, p: Params, s: Scenario): number {
  const o = s.organisations;
  const organisations = o.perPlace.urban * size.communities + o.perPlace.rural * size.villages;
  const share = Math.max(o.contractedShare, p.contractedShare);
  return organisations * o.capacity * Math.max(0, p.organisationCapacityFactor * share - o.contractedShare);
}

/** Firms in scope, estimated from the residents and the county's mix of urban and rural firm densities. */
function firmsInScope(size: ScopeSize, s: Scenario): number {
  const { urbanShare } = s.county;
  const perThousand = size.communities === 0 ? s.firms.perThousand.rural : size.villages === 0 ? s.firms.perThousand.urban : urbanShare * s.firms.perThousand.urban + (1 - urbanShare) * s.firms.perThousand.rural;
  return (size.residents * perThousand) / 1000;
}
