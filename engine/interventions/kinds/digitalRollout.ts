import { forPlaces, forTownships, reachResidents, type InterventionKind } from '../kind.ts';

/** Where the defaults come from (seed documents; the values are assumptions to calibrate). */
const SOURCE = 'shared/seeds/000_0b4d562ac8635390.txt, shared/seeds/001_7ec4f0e4328f94fb.txt, shared/seeds/004_32c1ffca1322b8d2.txt; value assumption; calibrate';

type Params = {
  coverage: number;
  trainingReachPerYear: number;
  trainingSkillGain: number;
  elderlyFriendly: boolean;
  thresholdReduction: number;
  sharedPlatform: boolean;
};

/** 数字乡村, 闽政通, 云综治 (seeds 000, 001, 004): infrastructure, skills, design, platform. */
export const digitalRollout: InterventionKind<Params> = {
  kind: 'digitalRollout',
  name: { zh: '数字化推广', en: 'Digital rollout' },
  practice: '数字乡村 / 闽政通 / 云综治 digital rollout (000_0b4d562ac8635390.txt, 001_7ec4f0e4328f94fb.txt, 004_32c1ffca1322b8d2.txt)',
  changes: [
    'place.coverage: raised to at least `coverage`',
    'residents.skill: trained residents gain skill (stock, persists)',
    'place.skillThreshold: lowered by elderly-friendly design',
    'township.sharedPlatform: the platform dispatches online reports: cross-department cases straight to township routing, the rest to the committee with priority',
  ],
  expected: { metric: 'online_access_rural', direction: 'increase' },
  params: {
    coverage: {
      type: 'number', default: 0.99, minimum: 0, maximum: 1, unit: 'probability (0-1)', source: SOURCE,
      description: {
        en: 'Probability that a household in a targeted place is covered by mobile/broadband networks: raised to at least this level.',
        zh: '目标地点住户被移动/宽带网络覆盖的概率：至少提高到该水平。',
      },
    },
    trainingReachPerYear: {
      type: 'number', default: 0, minimum: 0, maximum: 1, unit: 'share per year', source: SOURCE,
      description: {
        en: 'Share of targeted residents given digital-skills training each year (0: no training).',
        zh: '每年接受数字技能培训的目标居民比例（0 表示不培训）。',
      },
    },
    trainingSkillGain: {
      type: 'number', default: 0.2, minimum: 0, maximum: 1, unit: 'index (0-1)', source: SOURCE,
      description: {
        en: 'Digital skill gained by a trained resident (skill is capped at 1).',
        zh: '每名受训居民获得的数字技能（技能上限为 1）。',
      },
    },
    elderlyFriendly: {
      type: 'boolean', default: false, unit: 'boolean', source: SOURCE,
      description: {
        en: 'Elderly-friendly design of apps and online services (适老化): lowers the skill threshold by thresholdReduction.',
        zh: '应用与线上服务的适老化设计：将技能门槛降低 thresholdReduction。',
      },
    },
    thresholdReduction: {
      type: 'number', default: 0.15, minimum: 0, maximum: 1, unit: 'index (0-1)', source: SOURCE,
      description: {
        en: 'How much elderly-friendly design lowers the digital skill needed to use online channels (not below 0).',
        zh: '适老化设计使使用线上渠道所需数字技能降低的幅度（不低于 0）。',
      },
    },
    sharedPlatform: {
      type: 'boolean', default: false, unit: 'boolean', source: SOURCE,
      description: {
        en: 'One shared platform dispatching online reports: disputes whose parties agree to mediation to the place\'s mediators, other cross-department cases straight to township routing, the rest to the committee of the resident\'s place with priority (it does not change the dataSharing level; combine with dataSharing for that).',
        zh: '统一平台分派线上诉求：当事人同意调解的纠纷交本地调解员，其他跨部门事项直接进入乡镇流转，其余优先交居民所在村（居）委会（不改变数据共享水平，需要时与 dataSharing 组合）。',
      },
    },
  },
  apply(levers, scope, p) {
    forPlaces(scope, (q) => {
      levers.place.coverage[q] = Math.max(levers.place.coverage[q], p.coverage);
      if (p.elderlyFriendly) levers.place.skillThreshold[q] = Math.max(0, levers.place.skillThreshold[q] - p.thresholdReduction);
    });
    if (p.sharedPlatform) forTownships(scope, (t) => (levers.township.sharedPlatform[t] = 1));
  },
  monthly(sim, township, scope, p, rng) {
    if (p.trainingReachPerYear <= 0) return;
    const skill = sim.residents.skill;
    reachResidents(sim, township, scope, p.trainingReachPerYear, rng, (i) => (skill[i] = Math.min(1, skill[i] + p.trainingSkillGain)));
  },
};
