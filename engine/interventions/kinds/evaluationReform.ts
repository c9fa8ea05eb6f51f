import type { InterventionKind } from '../kind.ts';

/** Where the defaults come from (seed documents; the values are assumptions to calibrate). */
const SOURCE = 'shared/seeds/004_32c1ffca1322b8d2.txt; value assumption; calibrate';

/** 调整考核机制, 创新基金, 地方自主权 (seed 004): evaluate quality and satisfaction, fund innovation. */
export const evaluationReform: InterventionKind<{ speedWeight: number; innovationRate: number; yuanPerInnovation: number }> = {
  kind: 'evaluationReform',
  name: { zh: '考核评价改革', en: 'Evaluation reform' },
  practice: '调整考核机制 / 创新基金 evaluation reform and innovation fund (004_32c1ffca1322b8d2.txt)',
  changes: [
    'county.speedWeight: weight of closing speed in cadre evaluation, which sets priorities: committee and department capacity × (1 + evaluation.speedBoost·speedWeight), their satisfactory-outcome probability × (1 − evaluation.qualityPenalty·speedWeight), and a share evaluation.falseClosureShare·speedWeight of their satisfactory closures closed without being solved (processes/derive.ts, departments.ts, falseClosure.ts); lowering it trades speed for quality',
    'county.innovationRate: yearly probability a committee tries a local innovation; the fund pays for every innovation tried while it sets the rate (processes/collectiveEconomy.ts innovate)',
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
    yuanPerInnovation: {
      type: 'number', default: 50000, minimum: 0, maximum: 100000000, unit: 'yuan per innovation tried',
      source: 'shared/seeds/004_32c1ffca1322b8d2.txt (地方政府可設立創新基金，支持基層進行治理創新); value assumption; calibrate',
      description: {
        en: 'Innovation-fund grant for each local innovation a committee tries while the fund sets the innovation rate.',
        zh: '创新基金设定创新概率期间，村（居）委会每尝试一项本地创新获得的资助。',
      },
    },
  },
  consumes: {
    innovations: { unit: { en: 'innovation tried', zh: '项创新尝试' }, timing: 'use', price: 'yuanPerInnovation' },
  },
  intensity: 'innovationRate',
  /** Expected innovations a year when it raises the rate above the scenario's (otherwise the fund pays for none). */
  plan(size, p, scenario) {
    return { innovations: p.innovationRate > scenario.evaluation.innovationRate ? p.innovationRate * size.places : 0 };
  },
  apply(levers, _scope, p) {
    levers.county.speedWeight = Math.min(levers.county.speedWeight, p.speedWeight);
    levers.county.innovationRate = Math.max(levers.county.innovationRate, p.innovationRate);
  },
};
