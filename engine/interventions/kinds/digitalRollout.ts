import { forPlaces, forTownships, reachResidents, type InterventionKind } from '../kind.ts';

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
  practice: '数字乡村 / 闽政通 / 云综治 digital rollout (000_0b4d562ac8635390.txt, 001_7ec4f0e4328f94fb.txt, 004_32c1ffca1322b8d2.txt)',
  changes: [
    'place.coverage: raised to at least `coverage`',
    'residents.skill: trained residents gain skill (stock, persists)',
    'place.skillThreshold: lowered by elderly-friendly design',
    'township.sharedPlatform: the platform dispatches online reports: cross-department cases straight to township routing, the rest to the committee with priority',
  ],
  expected: { metric: 'online_access_rural', direction: 'increase' },
  params: {
    coverage: { default: 0.99, min: 0, max: 1, unit: 'share', description: 'Network coverage level places are raised to.' },
    trainingReachPerYear: { default: 0, min: 0, max: 1, unit: 'share/year', description: 'Share of targeted residents given skills training each year.' },
    trainingSkillGain: { default: 0.2, min: 0, max: 1, unit: 'skill', description: 'Skill gained by a trained resident.' },
    elderlyFriendly: { default: false, unit: 'flag', description: 'Elderly-friendly design of apps and services (适老化).' },
    thresholdReduction: { default: 0.15, min: 0, max: 1, unit: 'skill', description: 'How much elderly-friendly design lowers the skill needed online.' },
    sharedPlatform: { default: false, unit: 'flag', description: 'One shared platform dispatching online reports: cross-department cases straight to township routing, the rest to the committee with priority.' },
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
