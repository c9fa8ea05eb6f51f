import { ZONES } from '../scenario.ts';
import { NOT_PARTICIPATING, OFFLINE, ONLINE, OUT_OF_REACH } from '../agents/residents.ts';
import type { SimState } from '../state.ts';

/**
 * Phase `participation` (monthly, per township). Each adult weighs taking part in community
 * affairs by a threshold rule: utility U = w0 + wE·efficacy + wT·trust + wP·(share of adult ties
 * who took part last month) + wM·mobilisation of the place − cost, where cost is the cheaper of
 * offline (zone cost + per-km cost) and online (only for those capable); they take part with
 * probability logistic((U − θ_i)/τ), through the cheaper channel. Adults whose threshold is
 * {@link OUT_OF_REACH} never take part (and draw nothing). Taking part raises efficacy
 * (+g·(1 − e)); every month efficacy also reverts towards its zone's initial mean (rate ρ), so
 * efficacy of someone who always takes part tends to (g + ρ·e0)/(g + ρ) (to first order); a
 * share of offline participants volunteer. Satisfaction and trust also revert a little towards
 * their zone's initial means. Peers are read from last month's buffer, so townships can be
 * processed in any order.
 */
export function decideParticipation(sim: SimState, township: number): void {
  const ts = sim.townships[township];
  const s = sim.scenario.participation;
  const sat = sim.scenario.satisfaction;
  const r = sim.residents;
  const com = sim.committees;
  const { offsets, targets } = sim.ties;
  const rng = ts.rng.participation;
  const { intercept, efficacy: wE, trust: wT, peers: wP, mobilisation: wM } = s.weights;
  const offlineCost = ZONES.map((z) => s.offlineCost[z]);
  const satMean = ZONES.map((z) => sat.initialSatisfaction[z]);
  const trustMean = ZONES.map((z) => sat.initialTrust[z]);
  const efficacyMean = ZONES.map((z) => s.initialEfficacy[z]);
  const { reversion } = sat;
  const { onlineCost, offlineCostPerKm, temperature, efficacyGain, efficacyDecay, volunteerShare } = s;
  const { zone: zoneOf, ageGroup, place, participation, participationPrev: prev, efficacy, trust, satisfaction, threshold } = r;
  const capable = r.online;
  const { volunteers, distanceKm, mobilisation } = com;
  for (let p = ts.firstPlace; p < ts.endPlace; p++) volunteers[p] = 0;
  /** Adult i (within reach) weighs taking part this month and records the choice. */
  const decide = (i: number): void => {
    const zone = zoneOf[i];
    const p = place[i];
    let active = 0;
    let adults = 0;
    const from = offsets[i];
    const to = offsets[i + 1];
    // Branch-free counts over the bit-coded states: took part (1, 2) → ((state + 1) >> 1) & 1;
    // adult (0, 1, 2, not CHILD = 4) → 1 − (state >> 2).
    for (let k = from; k < to; k++) {
      const state = prev[targets[k]];
      active += ((state + 1) >> 1) & 1;
      adults += 1 - (state >> 2);
    }
    const peers = adults > 0 ? active / adults : 0;
    const costOffline = offlineCost[zone] + offlineCostPerKm * distanceKm[p];
    const online = capable[i] === 1 && onlineCost < costOffline;
    const u = intercept + wE * efficacy[i] + wT * trust[i] + wP * peers + wM * mobilisation[p] - (online ? onlineCost : costOffline);
    if (rng() < 1 / (1 + Math.exp(-(u - threshold[i]) / temperature))) {
      participation[i] = online ? ONLINE : OFFLINE;
      efficacy[i] += efficacyGain * (1 - efficacy[i]);
      if (!online) volunteers[p] += volunteerShare;
    } else {
      participation[i] = NOT_PARTICIPATING;
    }
  };
  for (let i = ts.firstResident; i < ts.endResident; i++) {
    const zone = zoneOf[i];
    satisfaction[i] += reversion * (satMean[zone] - satisfaction[i]);
    trust[i] += reversion * (trustMean[zone] - trust[i]);
    // Children keep the state CHILD set when the population is built, until ageing makes them adults.
    if (ageGroup[i] === 0) continue;
    if (threshold[i] === OUT_OF_REACH) participation[i] = NOT_PARTICIPATING;
    else decide(i);
    efficacy[i] += efficacyDecay * (efficacyMean[zone] - efficacy[i]);
  }
}

/** Phase `participationCommit` (monthly, exchange): this month's choices become last month's. */
export function commitParticipation(sim: SimState): void {
  sim.residents.participationPrev.set(sim.residents.participation);
}
