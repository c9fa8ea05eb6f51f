import type { ScopeSize } from '../../resources/consumption.ts';
import type { Scenario } from '../../scenario.ts';
import { expectedReachesPerYear, forPlaces, forTownships, reachResidents, type InterventionKind } from '../kind.ts';

/** Where the defaults come from (seed documents; the values are assumptions to calibrate). */
const SOURCE = 'shared/seeds/000_0b4d562ac8635390.txt, shared/seeds/001_7ec4f0e4328f94fb.txt, shared/seeds/004_32c1ffca1322b8d2.txt; value assumption; calibrate';

type Params = {
  coverage: number;
  trainingReachPerYear: number;
  trainingSkillGain: number;
  elderlyFriendly: boolean;
  thresholdReduction: number;
  sharedPlatform: boolean;
  offlineShift: number;
  walkInLoss: number;
  yuanPerHouseholdConnected: number;
  yuanPerPlatformTownshipYear: number;
  yuanPerTrainee: number;
  yuanPerRedesignedTownship: number;
};

/** Where the prices come from: the seed names the spending, the amounts are assumptions. */
const PRICE_SOURCE = 'assumption; calibrate (spending named in shared/seeds/004_32c1ffca1322b8d2.txt: network extension to rural areas, platforms shared to cut development costs, elderly-friendly interfaces, training through community centres and elderly universities)';

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
    'place.offlineShift, township.offlineShift: a share of committee staff and of the township routing desk serves online reports only; place.walkInLoss: in-person reporting falls',
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
    offlineShift: {
      type: 'number', default: 0, minimum: 0, maximum: 0.9, unit: 'share of staff capacity (0-1)',
      source: 'assumption; shared/seeds/004_32c1ffca1322b8d2.txt: rural older residents without digital skills are "排除在數字化治理之外" (left out of digital governance)',
      description: {
        en: 'Share of offline service capacity moved to the platform: of committee staff capacity (walk-in hours) and of the township routing desk. That share serves only online reports (idle when none wait); residents who are not online are served by the rest, and fewer of them report in person (walkInLoss). 0: nothing moved.',
        zh: '转到线上平台的线下服务能力比例：村（居）委会工作人员接待时间与乡镇流转窗口的能力。该部分只办理线上诉求（无线上诉求时闲置）；不上网的居民只能由其余能力服务，当面反映的人也会减少（见 walkInLoss）。0 表示不转移。',
      },
    },
    walkInLoss: {
      type: 'number', default: 0.5, minimum: 0, maximum: 1, unit: 'share of in-person reports lost per share of walk-in hours moved',
      source: 'assumption: shorter walk-in hours deter some in-person reports; calibrate',
      description: {
        en: 'In-person reporting hazard is multiplied by 1 − walkInLoss × offlineShift: share of in-person reports lost per share of walk-in hours moved to the platform.',
        zh: '当面反映的概率乘以 1 − walkInLoss × offlineShift：每转移一份线下接待时间所损失的当面反映比例。',
      },
    },
    yuanPerHouseholdConnected: {
      type: 'number', default: 1000, minimum: 0, maximum: 100000, unit: 'yuan per newly covered household', source: PRICE_SOURCE,
      description: {
        en: 'One-off cost of network extension (fibre, mobile base stations) per household newly covered: households × (coverage − current coverage of their place type).',
        zh: '每新覆盖一户的一次性网络建设费用（光纤、移动基站）：户数 ×（目标覆盖率 − 该类地点现有覆盖率）。',
      },
    },
    yuanPerPlatformTownshipYear: {
      type: 'number', default: 100000, minimum: 0, maximum: 10000000, unit: 'yuan per township per year', source: PRICE_SOURCE,
      description: {
        en: 'Yearly cost of running the shared platform in a township (licences, maintenance, the operators of its centre), charged only with sharedPlatform.',
        zh: '乡镇统一平台每年的运行费用（授权、运维、中心值守人员），仅在启用 sharedPlatform 时计入。',
      },
    },
    yuanPerTrainee: {
      type: 'number', default: 100, minimum: 0, maximum: 10000, unit: 'yuan per trainee', source: PRICE_SOURCE,
      description: {
        en: 'Cost of training one resident once (trainer time, venue, materials), charged as residents are reached.',
        zh: '每名居民接受一次培训的费用（讲师、场地、材料），按实际培训人次计入。',
      },
    },
    yuanPerRedesignedTownship: {
      type: 'number', default: 50000, minimum: 0, maximum: 10000000, unit: 'yuan per township', source: PRICE_SOURCE,
      description: {
        en: 'One-off cost of elderly-friendly redesign of the services a township offers online (适老化改造), charged only with elderlyFriendly.',
        zh: '乡镇线上服务适老化改造的一次性费用，仅在启用 elderlyFriendly 时计入。',
      },
    },
  },
  consumes: {
    network: { unit: { zh: '户（新覆盖）', en: 'household newly covered' }, timing: 'start', price: 'yuanPerHouseholdConnected' },
    platform: { unit: { zh: '乡镇·年（平台）', en: 'township-year of platform' }, timing: 'year', price: 'yuanPerPlatformTownshipYear' },
    trainee: { unit: { zh: '人次（培训）', en: 'trainee' }, timing: 'use', price: 'yuanPerTrainee' },
    redesign: { unit: { zh: '乡镇（适老化改造）', en: 'township redesigned' }, timing: 'start', price: 'yuanPerRedesignedTownship' },
  },
  // Coverage: on by default (training is off by default), and the network it builds is the
  // largest item, so scaling it down is what a tight budget first gives up.
  intensity: 'coverage',
  plan(size, p, scenario) {
    return {
      network: size.households * newlyCovered(size, p.coverage, scenario),
      platform: p.sharedPlatform ? size.townships : 0,
      // Expected reach events in a year (someone may be reached again in a later month).
      trainee: p.trainingReachPerYear > 0 ? expectedReachesPerYear(p.trainingReachPerYear, size.targeted) : 0,
      redesign: p.elderlyFriendly ? size.townships : 0,
    };
  },
  apply(levers, scope, p) {
    forPlaces(scope, (q) => {
      levers.place.coverage[q] = Math.max(levers.place.coverage[q], p.coverage);
      if (p.elderlyFriendly) levers.place.skillThreshold[q] = Math.max(0, levers.place.skillThreshold[q] - p.thresholdReduction);
    });
    if (p.sharedPlatform) forTownships(scope, (t) => (levers.township.sharedPlatform[t] = 1));
    if (p.offlineShift > 0) {
      forPlaces(scope, (q) => {
        levers.place.offlineShift[q] = Math.max(levers.place.offlineShift[q], p.offlineShift);
        levers.place.walkInLoss[q] = Math.max(levers.place.walkInLoss[q], p.walkInLoss);
      });
      forTownships(scope, (t) => (levers.township.offlineShift[t] = Math.max(levers.township.offlineShift[t], p.offlineShift)));
    }
  },
  monthly(sim, township, scope, p, rng, use) {
    if (p.trainingReachPerYear <= 0) return;
    const skill = sim.residents.skill;
    let reached = 0;
    reachResidents(sim, township, scope, p.trainingReachPerYear, rng, (i) => {
      skill[i] = Math.min(1, skill[i] + p.trainingSkillGain);
      reached++;
    });
    use('trainee', reached);
  },
};

/**
 * Share of the scope's households a rollout to `coverage` newly covers, estimated from the
 * scenario's coverage by place type; households are split between villages and communities in
 * the county's proportions when the scope holds both (exact when it holds one type only).
 */
function newlyCovered(size: ScopeSize, coverage: number, s: Scenario): number {
  const { urbanShare, migrantShare, householdSize: hh } = s.county;
  const ruralHouseholds = (1 - urbanShare) / hh.rural;
  const urbanHouseholds = urbanShare * ((1 - migrantShare) / hh.urban + migrantShare / hh.migrant);
  const rural = size.communities === 0 ? 1 : size.villages === 0 ? 0 : ruralHouseholds / (ruralHouseholds + urbanHouseholds);
  const gap = (current: number) => Math.max(0, coverage - current);
  return rural * gap(s.digital.coverage.rural) + (1 - rural) * gap(s.digital.coverage.urban);
}
