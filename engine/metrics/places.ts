import { NOT_PARTICIPATING } from '../agents/residents.ts';
import type { SimState } from '../state.ts';

/** Outcomes recorded per place (village or community) for the county view: shares and means over adults. */
export const PLACE_METRICS = ['participation', 'satisfaction', 'trust', 'online_access'] as const;
export type PlaceMetric = (typeof PLACE_METRICS)[number];

/** The places of a run and their outcomes at every recorded tick. */
export interface PlaceSeries {
  /** Per place: township index, 1 for an urban community, residents at the start. */
  township: Int32Array;
  urban: Uint8Array;
  residents: Int32Array;
  /** One array per recorded tick (aligned with the run's series): `[place * PLACE_METRICS.length + metric]`; NaN for a place without adults. */
  ticks: Float64Array[];
}

/**
 * Measures {@link PLACE_METRICS} for every place: one pass over residents, reading state only
 * (observation draws no random numbers and changes nothing).
 */
export function measurePlaces(sim: SimState): Float64Array {
  const places = sim.layout.placeTownship.length;
  const k = PLACE_METRICS.length;
  const sums = new Float64Array(places * k);
  const adults = new Float64Array(places);
  const { place, ageGroup, participation, satisfaction, trust, online } = sim.residents;
  for (let i = 0; i < sim.residents.size; i++) {
    if (ageGroup[i] === 0) continue;
    const p = place[i];
    const at = p * k;
    adults[p]++;
    if (participation[i] !== NOT_PARTICIPATING) sums[at]++;
    sums[at + 1] += satisfaction[i];
    sums[at + 2] += trust[i];
    sums[at + 3] += online[i];
  }
  for (let p = 0; p < places; p++) for (let m = 0; m < k; m++) sums[p * k + m] = adults[p] > 0 ? sums[p * k + m] / adults[p] : Number.NaN;
  return sums;
}
