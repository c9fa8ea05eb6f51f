import type { InterventionKind } from '../kind.ts';

/** 调整考核机制, 创新基金, 地方自主权 (seed 004): evaluate quality and satisfaction, fund innovation. */
export const evaluationReform: InterventionKind<{ speedWeight: number; innovationRate: number }> = {
  kind: 'evaluationReform',
  practice: '调整考核机制 / 创新基金 evaluation reform and innovation fund (004_32c1ffca1322b8d2.txt)',
  changes: [
    'county.speedWeight: weight of closing speed in cadre evaluation (lower = better quality, slower)',
    'county.innovationRate: yearly probability a committee tries a local innovation',
  ],
  expected: { metric: 'unmet_share', direction: 'decrease' },
  params: {
    speedWeight: { default: 0.3, min: 0, max: 1, unit: 'weight', description: 'New weight of closing speed in evaluation (lowered to at most this).' },
    innovationRate: { default: 0.3, min: 0, max: 1, unit: 'probability/year', description: 'Yearly probability a committee tries an innovation.' },
  },
  apply(levers, _scope, p) {
    levers.county.speedWeight = Math.min(levers.county.speedWeight, p.speedWeight);
    levers.county.innovationRate = Math.max(levers.county.innovationRate, p.innovationRate);
  },
};
