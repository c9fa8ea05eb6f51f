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
  const adults = new Float64Array(places);
  const joined = new Float64Array(places);
  const satisfied = new Float64Array(places);
  const trusting = new Float64Array(places);
  const connected = new Float64Array(places);
  const { place, ageGroup, participation, satisfaction, trust, online } = sim.residents;
  const n = sim.residents.size;
  for (let i = 0; i < n; i++) {
    if (ageGroup[i] === 0) continue;
    const p = place[i];
    adults[p]++;
    if (participation[i] !== NOT_PARTICIPATING) joined[p]++;
    satisfied[p] += satisfaction[i];
    trusting[p] += trust[i];
    connected[p] += online[i];
  }
  const out = new Float64Array(places * k);
  for (let p = 0; p < places; p++) {
    const a = adults[p];
    out[p * k] = a > 0 ? joined[p] / a : Number.NaN;
    out[p * k + 1] = a > 0 ? satisfied[p] / a : Number.NaN;
    out[p * k + 2] = a > 0 ? trusting[p] / a : Number.NaN;
    out[p * k + 3] = a > 0 ? connected[p] / a : Number.NaN;
  }
  return out;
}
