import { forPlaces, type InterventionKind } from '../kind.ts';

/** Where the defaults come from (seed documents; the values are assumptions to calibrate). */
const SOURCE = 'shared/seeds/001_7ec4f0e4328f94fb.txt; value assumption; calibrate';

/** 强村公司, 党组织领办合作社 (seed 001): investment in village collectives. */
export const collectiveEconomy: InterventionKind<{ investmentPerVillage: number; returnBoost: number; guidanceDaysPerVillage: number }> = {
  kind: 'collectiveEconomy',
  name: { zh: '村集体经济', en: 'Collective economy' },
  practice: '强村公司 / 党组织领办 party-led village companies (001_7ec4f0e4328f94fb.txt)',
  changes: [
    'place.investment: yearly investment added to village collective assets (assets persist)',
    'place.returnBoost: added to the annual return on collective assets (township cadre guidance, charged as staff time)',
  ],
  expected: { metric: 'collective_income', direction: 'increase' },
  params: {
    investmentPerVillage: {
      type: 'number', default: 300000, minimum: 0, maximum: 1000000000, unit: 'yuan per village per year', source: SOURCE,
      description: {
        en: 'Outside investment added to each targeted village collective\'s assets every year while active.',
        zh: '干预期间每年注入每个目标村集体资产的外部投资。',
      },
    },
    returnBoost: {
      type: 'number', default: 0.02, minimum: 0, maximum: 1, unit: 'share per year', source: SOURCE,
      description: {
        en: 'Added to the annual return rate of collective assets (better management).',
        zh: '村集体资产年收益率的增加量（经营管理改善）。',
      },
    },
    guidanceDaysPerVillage: {
      type: 'number', default: 24, minimum: 0, maximum: 365, unit: 'township staff-days per village per year',
      source: 'shared/seeds/001_7ec4f0e4328f94fb.txt (党组织领办强村公司、"领头雁"培育: party-led companies and cultivated village leaders); value assumption (two days a month); calibrate',
      description: {
        en: 'Township cadre time guiding each targeted village\'s collective (party-led company, training its leaders) while active; it buys the better management of returnBoost (none when returnBoost is 0).',
        zh: '干预期间乡镇干部指导每个目标村集体经济（党组织领办公司、培育带头人）的人日数；用于 returnBoost 所代表的经营管理改善（returnBoost 为 0 时不计）。',
      },
    },
  },
  consumes: {
    investment: { unit: { en: 'yuan invested', zh: '元投资' }, timing: 'year', price: 1 },
    guidance: { unit: { en: 'township staff-day', zh: '乡镇干部人日' }, timing: 'year', staff: 'township' },
  },
  intensity: 'investmentPerVillage',
  /** The investment reaches villages only (communities have no collective economy, processes/collectiveEconomy.ts). */
  plan(size, p) {
    return { investment: p.investmentPerVillage * size.villages, guidance: p.returnBoost > 0 ? p.guidanceDaysPerVillage * size.villages : 0 };
  },
  apply(levers, scope, p) {
    forPlaces(scope, (q) => {
      levers.place.investment[q] += p.investmentPerVillage;
      levers.place.returnBoost[q] += p.returnBoost;
    });
  },
};
