import { forPlaces, type InterventionKind } from '../kind.ts';

/** Where the defaults come from (seed documents; the values are assumptions to calibrate). */
const SOURCE = 'shared/seeds/004_32c1ffca1322b8d2.txt; value assumption; calibrate';

/** 共同缔造 (Songzi, seed 004): self-organisations, 五老 councils, women's groups. */
export const jointCreation: InterventionKind<{ organisationsPerPlace: number; mobilisationBoost: number; efficacyGainPerYear: number; yuanPerOrganisationYear: number }> = {
  kind: 'jointCreation',
  name: { zh: '共建共创', en: 'Joint creation' },
  practice: '共同缔造 joint creation: self-governance groups, 五老 councils, women\'s groups (004_32c1ffca1322b8d2.txt)',
  changes: [
    'place.extraOrganisations: community organisations adding mobilisation and volunteers (who tire when overused, see scenario `volunteers`)',
    'place.mobilisationBoost: committee mobilisation',
    'residents.efficacy: adults in scope gain efficacy (stock, persists)',
  ],
  expected: { metric: 'participation', direction: 'increase' },
  params: {
    organisationsPerPlace: {
      type: 'number', default: 1, minimum: 0, maximum: 50, unit: 'organisations per place', source: SOURCE,
      description: {
        en: 'Community self-organisations added per targeted place (mobilisation, volunteers).',
        zh: '每个目标地点新增的社区自组织数（动员、志愿者）。',
      },
    },
    mobilisationBoost: {
      type: 'number', default: 0.05, minimum: 0, maximum: 1, unit: 'mobilisation drive (index = 1 − exp(−drive))', source: SOURCE,
      description: {
        en: 'Mobilisation drive added in targeted places.',
        zh: '目标地点增加的动员力度。',
      },
    },
    efficacyGainPerYear: {
      type: 'number', default: 0.02, minimum: 0, maximum: 1, unit: 'efficacy index (0-1) per year', source: SOURCE,
      description: {
        en: 'Political efficacy gained per year by adults in scope (added monthly).',
        zh: '范围内成年人每年获得的政治效能感（按月累加）。',
      },
    },
    yuanPerOrganisationYear: {
      type: 'number', default: 20000, minimum: 0, maximum: 10000000, unit: 'yuan per organisation per year',
      source: 'assumption: start-up and activity support for a community self-organisation (small grants, 以奖代补, venues); calibrate (Songzi counts 1,928 self-governance and 2,433 social organisations, shared/seeds/004_32c1ffca1322b8d2.txt)',
      description: {
        en: 'Yearly support for each community organisation added (start-up grants, activity funds, venues).',
        zh: '每个新增社区组织每年获得的扶持费用（启动资金、活动经费、场地）。',
      },
    },
  },
  consumes: {
    organisation: { unit: { zh: '个组织·年', en: 'organisation-year' }, timing: 'year', price: 'yuanPerOrganisationYear' },
  },
  intensity: 'organisationsPerPlace',
  plan(size, p) {
    return { organisation: p.organisationsPerPlace * size.places };
  },
  apply(levers, scope, p) {
    forPlaces(scope, (q) => {
      levers.place.extraOrganisations[q] += p.organisationsPerPlace;
      levers.place.mobilisationBoost[q] += p.mobilisationBoost;
    });
  },
  monthly(sim, township, scope, p) {
    if (p.efficacyGainPerYear <= 0) return;
    const r = sim.residents;
    const ts = sim.townships[township];
    const gain = p.efficacyGainPerYear / 12;
    for (let i = ts.firstResident; i < ts.endResident; i++)
      if (scope.places[r.place[i]] && scope.zones[r.zone[i]] && scope.ageGroups[r.ageGroup[i]] && r.ageGroup[i] > 0)
        r.efficacy[i] = Math.min(1, r.efficacy[i] + gain);
  },
};

