import type { ResidentSums } from './residentSums.ts';

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
 * {@link PLACE_METRICS} of every place from the residents' sums (`sumResidents`): shares and
 * means over the place's adults, NaN for a place without adults.
 */
export function measurePlaces(sums: ResidentSums): Float64Array {
  const { placeAdults, placeParticipants, placeSatisfaction, placeTrust, placeOnline } = sums;
  const places = placeAdults.length;
  const k = PLACE_METRICS.length;
  const out = new Float64Array(places * k);
  for (let p = 0; p < places; p++) {
    const a = placeAdults[p];
    out[p * k] = a > 0 ? placeParticipants[p] / a : Number.NaN;
    out[p * k + 1] = a > 0 ? placeSatisfaction[p] / a : Number.NaN;
    out[p * k + 2] = a > 0 ? placeTrust[p] / a : Number.NaN;
    out[p * k + 3] = a > 0 ? placeOnline[p] / a : Number.NaN;
  }
  return out;
}
