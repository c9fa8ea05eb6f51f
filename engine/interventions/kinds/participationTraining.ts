import { reachResidents, type InterventionKind } from '../kind.ts';

/** Where the defaults come from (seed documents; the values are assumptions to calibrate). */
const SOURCE = 'shared/seeds/004_32c1ffca1322b8d2.txt; value assumption; calibrate';

/** Elderly universities, community classes (seed 004): capacity to participate. */
export const participationTraining: InterventionKind<{ reachPerYear: number; efficacyGain: number; skillGain: number }> = {
  kind: 'participationTraining',
  name: { zh: '参与能力培训', en: 'Participation training' },
  practice: 'elderly universities, community classes: weak participation capacity (004_32c1ffca1322b8d2.txt)',
  changes: ['residents.efficacy and residents.skill: trained residents gain both (stocks, persist)'],
  expected: { metric: 'efficacy', direction: 'increase' },
  params: {
    reachPerYear: {
      type: 'number', default: 0.1, minimum: 0, maximum: 1, unit: 'share per year', source: SOURCE,
      description: {
        en: 'Share of targeted residents trained each year (children are reached but not changed).',
        zh: '每年接受培训的目标居民比例（未成年人被覆盖但不受影响）。',
      },
    },
    efficacyGain: {
      type: 'number', default: 0.1, minimum: 0, maximum: 1, unit: 'index (0-1)', source: SOURCE,
      description: {
        en: 'Political efficacy gained by a trained adult.',
        zh: '每名受训成年人获得的政治效能感。',
      },
    },
    skillGain: {
      type: 'number', default: 0.1, minimum: 0, maximum: 1, unit: 'index (0-1)', source: SOURCE,
      description: {
        en: 'Digital skill gained by a trained adult.',
        zh: '每名受训成年人获得的数字技能。',
      },
    },
  },
  monthly(sim, township, scope, p, rng) {
    const r = sim.residents;
    reachResidents(sim, township, scope, p.reachPerYear, rng, (i) => {
      if (r.ageGroup[i] === 0) return;
      r.efficacy[i] = Math.min(1, r.efficacy[i] + p.efficacyGain);
      r.skill[i] = Math.min(1, r.skill[i] + p.skillGain);
    });
  },
};
