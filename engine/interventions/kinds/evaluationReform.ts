import type { InterventionKind } from '../kind.ts';

/** Where the defaults come from (seed documents; the values are assumptions to calibrate). */
const SOURCE = 'shared/seeds/004_32c1ffca1322b8d2.txt; value assumption; calibrate';

/** 调整考核机制, 创新基金, 地方自主权 (seed 004): evaluate quality and satisfaction, fund innovation. */
export const evaluationReform: InterventionKind<{ speedWeight: number; innovationRate: number }> = {
  kind: 'evaluationReform',
  name: { zh: '考核评价改革', en: 'Evaluation reform' },
  practice: '调整考核机制 / 创新基金 evaluation reform and innovation fund (004_32c1ffca1322b8d2.txt)',
  changes: [
    'county.speedWeight: weight of closing speed in cadre evaluation (lower = better quality, slower)',
    'county.innovationRate: yearly probability a committee tries a local innovation',
  ],
  expected: { metric: 'unmet_share', direction: 'decrease' },
  params: {
    speedWeight: {
      type: 'number', default: 0.3, minimum: 0, maximum: 1, unit: 'weight (0-1)', source: SOURCE,
      description: {
        en: 'New weight of closing speed in cadre evaluation (lowered to at most this).',
        zh: '干部考核中办结速度的新权重（至多降到该值）。',
      },
    },
    innovationRate: {
      type: 'number', default: 0.3, minimum: 0, maximum: 1, unit: 'probability per year', source: SOURCE,
      description: {
        en: 'Yearly probability that a committee tries a local innovation (innovation fund; raised to at least this).',
        zh: '村（居）委会每年尝试一项本地创新的概率（创新基金；至少提高到该值）。',
      },
    },
  },
  apply(levers, _scope, p) {
    levers.county.speedWeight = Math.min(levers.county.speedWeight, p.speedWeight);
    levers.county.innovationRate = Math.max(levers.county.innovationRate, p.innovationRate);
  },
};
