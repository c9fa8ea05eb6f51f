import type { SimState } from '../state.ts';

/**
 * Phase `residentHazards` (monthly, per township; also after lever changes): refreshes each
 * resident's online capability — device, network coverage of the place (household's fixed draw
 * below the place's coverage) and skill at least the place's threshold — and self-report hazard
 * selfReportRate · logistic(b0 + bT·trust + bE·efficacy + bEdu·education + bI·ln(income/zone
 * mean)), the fixed terms precomputed in `propensityBase`. One sequential pass, so the per-case code that uses them reads two numbers.
 */
export function refreshResidentHazards(sim: SimState, township: number): void {
  const ts = sim.townships[township];
  const s = sim.scenario.reporting;
  const pr = s.propensity;
  const { place, device, coverageDraw, skill, trust, efficacy, propensityBase, online, selfHazard } = sim.residents;
  const { coverage, skillThreshold } = sim.levers.place;
  for (let i = ts.firstResident; i < ts.endResident; i++) {
    const p = place[i];
    online[i] = device[i] === 1 && coverageDraw[i] < coverage[p] && skill[i] >= skillThreshold[p] ? 1 : 0;
    const z = propensityBase[i] + pr.trust * trust[i] + pr.efficacy * efficacy[i];
    selfHazard[i] = s.selfReportRate / (1 + Math.exp(-z));
  }
}
