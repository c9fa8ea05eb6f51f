import { DAYS_PER_YEAR } from '../../core/calendar.ts';
import { forPlaces, type InterventionKind } from '../kind.ts';

/** Where the defaults come from (seed documents; the values are assumptions to calibrate). */
const SOURCE = 'shared/seeds/004_32c1ffca1322b8d2.txt; value assumption; calibrate';

/** 新时代枫桥经验 (seed 004): disputes settled locally instead of escalating. */
export const fengqiaoMediation: InterventionKind<{ mediatorsPerPlace: number; mediationAcceptance: number; mediationSuccess: number; escalationReduction: number }> = {
  kind: 'fengqiaoMediation',
  name: { zh: '枫桥式调解', en: 'Fengqiao-style mediation' },
  practice: '新时代枫桥经验 Fengqiao-style local mediation (004_32c1ffca1322b8d2.txt)',
  changes: [
    'place.mediators: mediation capacity for disputes (the mediators added above the baseline are paid staff-days of the mediator level)',
    'place.mediationAcceptance: share of disputes whose parties agree to mediation',
    'place.mediationSuccess: probability a mediated dispute is settled',
    'place.escalationFactor: escalation hazard × (1 − escalationReduction)',
  ],
  expected: { metric: 'escalations', direction: 'decrease' },
  params: {
    mediatorsPerPlace: {
      type: 'number', default: 3, minimum: 0, maximum: 50, unit: 'mediators per place', source: SOURCE,
      description: {
        en: 'People\'s mediators per targeted place while active (raised to at least this).',
        zh: '干预期间每个目标地点的人民调解员数（至少提高到该值）。',
      },
    },
    mediationAcceptance: {
      type: 'number', default: 0.8, minimum: 0, maximum: 1, unit: 'share (0-1)', source: SOURCE,
      description: {
        en: 'Share of reported disputes whose parties agree to mediation (raised to at least this): trusted local mediators who go to the parties bring more disputes to mediation (矛盾不上交、就地解决).',
        zh: '当事人同意调解的已上报纠纷比例（至少提高到该值）：受信任的本地调解员上门，使更多纠纷进入调解（矛盾不上交、就地解决）。',
      },
    },
    mediationSuccess: {
      type: 'number', default: 0.96, minimum: 0, maximum: 1, unit: 'probability (0-1)', source: 'shared/seeds/004_32c1ffca1322b8d2.txt; Ministry of Justice 2018 (success above 96%); value assumption; calibrate',
      description: {
        en: 'Probability that a dispute taken to mediation is settled by it (raised to at least this).',
        zh: '进入调解的纠纷调解成功的概率（至少提高到该值）。',
      },
    },
    escalationReduction: {
      type: 'number', default: 0.5, minimum: 0, maximum: 1, unit: 'share (0-1)', source: SOURCE,
      description: {
        en: 'Relative reduction of the escalation hazard of open disputes (hazard × (1 − reduction)).',
        zh: '未解决纠纷升级风险的相对降低幅度（风险 ×（1 − 降幅））。',
      },
    },
  },
  consumes: {
    mediatorDays: { unit: { en: 'mediator staff-day', zh: '调解员人日' }, timing: 'year', staff: 'mediator' },
  },
  intensity: 'mediatorsPerPlace',
  /** The mediators it adds above the scenario's committees.mediatorsPerPlace, every day of the year, in every place in scope. */
  plan(size, p, scenario) {
    return { mediatorDays: Math.max(0, p.mediatorsPerPlace - scenario.committees.mediatorsPerPlace) * size.places * DAYS_PER_YEAR };
  },
  apply(levers, scope, p) {
    forPlaces(scope, (q) => {
      levers.place.mediators[q] = Math.max(levers.place.mediators[q], p.mediatorsPerPlace);
      levers.place.mediationAcceptance[q] = Math.max(levers.place.mediationAcceptance[q], p.mediationAcceptance);
      levers.place.mediationSuccess[q] = Math.max(levers.place.mediationSuccess[q], p.mediationSuccess);
      levers.place.escalationFactor[q] *= 1 - p.escalationReduction;
    });
  },
};
