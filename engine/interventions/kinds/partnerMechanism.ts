import { forPlaces, type InterventionKind } from '../kind.ts';

/** Where the defaults come from (seed documents; the values are assumptions to calibrate). */
const SOURCE = 'shared/seeds/001_7ec4f0e4328f94fb.txt, shared/seeds/004_32c1ffca1322b8d2.txt; value assumption; calibrate';

/** 初心合伙人 (Hongta, seed 001) and 城市合伙人 (Wuhou Cujin, seed 004). */
export const partnerMechanism: InterventionKind<{ partnersPerGrid: number; detectionPerPartner: number; capacityPerPartner: number; firmWillingnessBoost: number; yuanPerPartnerYear: number }> = {
  kind: 'partnerMechanism',
  name: { zh: '合伙人机制', en: 'Partner mechanism' },
  practice: '初心合伙人 / 城市合伙人 partner mechanisms (001_7ec4f0e4328f94fb.txt, 004_32c1ffca1322b8d2.txt)',
  changes: [
    'place.partnerDetection: daily detection hazard partners add (reporting); partner-reported cases get committee priority',
    'place.partnerCapacity: cases per day partners add to the committee (called on after staff; partners tire when overused, see scenario `volunteers`)',
    'place.firmWillingnessBoost: merchants\' alliance raises firms\' willingness',
  ],
  expected: { metric: 'report_rate', direction: 'increase' },
  params: {
    partnersPerGrid: {
      type: 'number', default: 3, minimum: 0, maximum: 100, unit: 'partners per grid', source: SOURCE,
      description: {
        en: 'Partners (firms, organisations, volunteers) recruited per grid.',
        zh: '每个网格招募的合伙人（企业、社会组织、志愿者）数。',
      },
    },
    detectionPerPartner: {
      type: 'number', default: 0.01, minimum: 0, maximum: 1, unit: 'hazard per day per partner per 100 households', source: SOURCE,
      description: {
        en: 'Daily chance a partner hears of an open need, per partner per 100 households (grid leaders know their blocks).',
        zh: '每位合伙人每天获知一项未解决需求的概率（按每百户计；网格长熟悉自己的片区）。',
      },
    },
    capacityPerPartner: {
      type: 'number', default: 0.1, minimum: 0, maximum: 10, unit: 'cases per partner per day', source: SOURCE,
      description: {
        en: 'Cases per day each partner adds to the committee\'s handling capacity.',
        zh: '每位合伙人每天为村（居）委会增加的办件能力。',
      },
    },
    firmWillingnessBoost: {
      type: 'number', default: 0.1, minimum: 0, maximum: 1, unit: 'index (0-1)', source: SOURCE,
      description: {
        en: 'Added to firms\' willingness to contribute.',
        zh: '企业参与意愿（0-1 指数）的增加量。',
      },
    },
    yuanPerPartnerYear: {
      type: 'number', default: 1500, minimum: 0, maximum: 100000, unit: 'yuan per partner per year',
      source: 'assumption: recognition and points rewards (积分 exchanged for goods and services) for active partners; calibrate (scheme scale: Wuhou Cujin\'s 100+ city partners, shared/seeds/004_32c1ffca1322b8d2.txt)',
      description: {
        en: 'Yearly cost of recognising and rewarding one partner (points redeemable for goods and services, honours, the merchants\' alliance\'s activities).',
        zh: '每位合伙人每年的激励与表彰费用（可兑换物品和服务的积分、荣誉、商家联盟活动）。',
      },
    },
  },
  consumes: {
    partner: { unit: { zh: '合伙人·年', en: 'partner-year' }, timing: 'year', price: 'yuanPerPartnerYear' },
  },
  intensity: 'partnersPerGrid',
  plan(size, p) {
    return { partner: p.partnersPerGrid * size.grids };
  },
  apply(levers, scope, p) {
    forPlaces(scope, (q) => {
      levers.place.partnerDetection[q] += p.partnersPerGrid * p.detectionPerPartner;
      levers.place.partnerCapacity[q] += p.partnersPerGrid * p.capacityPerPartner;
      levers.place.firmWillingnessBoost[q] += p.firmWillingnessBoost;
    });
  },
};
