import type { SimState } from '../../engine/state.ts';

/** Adds each place's share of adults taking part this month to `into` (one slot per place). */
export function addPlaceParticipation(sim: SimState, into: Float64Array): void {
  const { place, ageGroup, participation } = sim.residents;
  const places = sim.committees.size;
  const adults = new Float64Array(places);
  const active = new Float64Array(places);
  for (let i = 0; i < place.length; i++) {
    if (ageGroup[i] === 0) continue;
    adults[place[i]]++;
    if (participation[i] !== 0) active[place[i]]++;
  }
  for (let p = 0; p < places; p++) into[p] += adults[p] > 0 ? active[p] / adults[p] : NaN;
}
