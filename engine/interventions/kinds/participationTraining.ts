import { expectedReachesPerYear, reachResidents, type InterventionKind } from '../kind.ts';

/** Where the defaults come from (seed documents; the values are assumptions to calibrate). */
const SOURCE = 'shared/seeds/004_32c1ffca1322b8d2.txt; value assumption; calibrate';

/** Elderly universities, community classes (seed 004): capacity to participate. */
export const participationTraining: InterventionKind<{ reachPerYear: number; efficacyGain: number; skillGain: number; yuanPerTrainee: number }> = {
  kind: 'participationTraining',
  name: { zh: '参与能力培训', en: 'Participation training' },
  practice: 'elderly universities, community classes: weak participation capacity (004_32c1ffca1322b8d2.txt)',
  changes: ['residents.efficacy and residents.skill: trained residents gain both (stocks, persist); every resident reached is charged as a trainee'],
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
    yuanPerTrainee: {
      type: 'number', default: 200, minimum: 0, maximum: 100000, unit: 'yuan per trainee',
      source: 'assumption: a short course at a community class or elderly university (teacher, room, materials) per person reached; shared/seeds/004_32c1ffca1322b8d2.txt names the channels, not their cost; calibrate',
      description: {
        en: 'Cost of training one resident once (each time a resident is reached).',
        zh: '每培训一名居民一次的费用（居民每被覆盖一次计一次）。',
      },
    },
  },
  consumes: {
    trainees: { unit: { en: 'trainee', zh: '培训人次' }, timing: 'use', price: 'yuanPerTrainee' },
  },
  intensity: 'reachPerYear',
  /** Expected adults trained a year: twelve monthly chances 1 − (1 − reachPerYear)^(1/12) per targeted adult (`reachResidents`). */
  plan(size, p) {
    return { trainees: expectedReachesPerYear(p.reachPerYear, size.targetedAdults) };
  },
  monthly(sim, township, scope, p, rng, use) {
    const r = sim.residents;
    let reached = 0;
    reachResidents(sim, township, scope, p.reachPerYear, rng, (i) => {
      // Children are reached with their households but not trained (nor paid for).
      if (r.ageGroup[i] === 0) return;
      reached++;
      r.efficacy[i] = Math.min(1, r.efficacy[i] + p.efficacyGain);
      r.skill[i] = Math.min(1, r.skill[i] + p.skillGain);
    });
    use('trainees', reached);
  },
};
