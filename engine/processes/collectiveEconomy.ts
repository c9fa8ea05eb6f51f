import type { Intervention } from '../interventions/registry.ts';
import { tally } from '../resources/ledger.ts';
import type { SimState } from '../state.ts';

/**
 * Phase `collectiveEconomy` (yearly, per township). Each village collective earns
 * assets·(r·(0.5 + leadership) + boost), leadership being the mean of effective branch strength
 * and committee competence; it reinvests a share, adds outside investment, and spends a share
 * on public goods, which relieve care and infrastructure needs:
 * relief = 1 − maxReduction·(1 − exp(−public goods per capita / scale)).
 */
export function runCollectiveEconomy(sim: SimState, township: number): void {
  const ts = sim.townships[township];
  const s = sim.scenario.collectiveEconomy;
  const c = sim.committees;
  const lv = sim.levers.place;
  for (let p = ts.firstPlace; p < ts.endPlace; p++) {
    if (c.urban[p]) continue;
    const leadership = 0.5 * (c.branchEffective[p] + c.competenceEffective[p]);
    const income = c.assets[p] * (s.returnRate * (0.5 + leadership) + lv.returnBoost[p]);
    c.income[p] = income;
    c.assets[p] += s.reinvestShare * income + lv.investment[p];
    c.publicGoods[p] = s.publicGoodsShare * income;
    c.needRelief[p] = 1 - s.maxNeedReduction * (1 - Math.exp(-c.publicGoods[p] / Math.max(1, c.residents[p]) / s.publicGoodsScale));
  }
  sim.needsDirty[township] = 1;
}

/**
 * Phase `innovation` (yearly, per township): committees try local practices; some work. While
 * an innovation fund (`evaluationReform`) sets the rate, it pays for every innovation tried.
 */
export function innovate(sim: SimState, township: number): void {
  const ts = sim.townships[township];
  const e = sim.scenario.evaluation;
  const rate = sim.levers.county.innovationRate;
  const rng = ts.rng.innovation;
  let tried = 0;
  for (let p = ts.firstPlace; p < ts.endPlace; p++) {
    if (rng() >= rate) continue;
    tried++;
    if (rng() < e.innovationSuccess) sim.committees.competence[p] = Math.min(1, sim.committees.competence[p] + e.innovationGain);
  }
  const fund = innovationFund(sim);
  if (fund && tried > 0) tally(fund, township, 'innovations', tried);
}

/** The active intervention whose innovation rate is the county's, when that is above the baseline rate (the first in file order). */
function innovationFund(sim: SimState): Intervention | undefined {
  const rate = sim.levers.county.innovationRate;
  if (rate <= sim.baseline.county.innovationRate) return undefined;
  return sim.interventions.find((iv) => iv.active && iv.kind.kind === 'evaluationReform' && iv.params.innovationRate === rate);
}
