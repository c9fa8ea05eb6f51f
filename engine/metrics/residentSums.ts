import { NOT_PARTICIPATING, ONLINE } from '../agents/residents.ts';
import { FINAL_ENDED, FINAL_MET, PERIOD_ENDED, PERIOD_MET, counter } from '../agents/serviceCounts.ts';
import type { SimState } from '../state.ts';

/**
 * What recording needs from the residents' columns, summed in one sweep per recording (see
 * {@link sumResidents}). Sums over adults; every float sum is taken in resident order, so it does
 * not depend on how the sweep is organised.
 */
export interface ResidentSums {
  /** Per zone (urban, rural, migrant): adults, participants, adults able to go online, and sums of satisfaction, trust and efficacy. */
  readonly adults: Float64Array;
  readonly participants: Float64Array;
  readonly access: Float64Array;
  readonly satisfaction: Float64Array;
  readonly trust: Float64Array;
  readonly efficacy: Float64Array;
  /** Per age group: adults and participants (entry 0, children, stays 0). */
  readonly ageAdults: Float64Array;
  readonly ageParticipants: Float64Array;
  /**
   * Per zone × adult age group, at index zone · 3 + (age group − 1) (`groupIndex` in `flows.ts`):
   * adults, participants, adults able to go online, and the sum of satisfaction.
   */
  readonly groupAdults: Float64Array;
  readonly groupParticipants: Float64Array;
  readonly groupAccess: Float64Array;
  readonly groupSatisfaction: Float64Array;
  /** Scratch of the sweep: the same four sums interleaved, group by group (see {@link sumResidents}). */
  readonly groupCells: Float64Array;
  /** Adults taking part online. */
  online: number;
  /** Service outcome (needs met / ended in the window) and zone of each resident with a need ended in the window, in resident order; `served` of them. */
  readonly service: Float64Array;
  readonly serviceZones: Uint8Array;
  served: number;
  /** The same outcomes counted by (needs ended, needs met) at index ended · 256 + met, for sorting them by counting. */
  readonly serviceBins: Int32Array;
  /** Per place: adults, participants, and sums of satisfaction, trust and online capability. */
  readonly placeAdults: Float64Array;
  readonly placeParticipants: Float64Array;
  readonly placeSatisfaction: Float64Array;
  readonly placeTrust: Float64Array;
  readonly placeOnline: Float64Array;
}

/** Buffers for {@link sumResidents}, one set per simulation (recording allocates nothing big). */
export function createResidentSums(residents: number, places: number): ResidentSums {
  const zones = () => new Float64Array(3);
  const perPlace = () => new Float64Array(places);
  return {
    adults: zones(),
    participants: zones(),
    access: zones(),
    satisfaction: zones(),
    trust: zones(),
    efficacy: zones(),
    ageAdults: new Float64Array(4),
    ageParticipants: new Float64Array(4),
    groupAdults: new Float64Array(9),
    groupParticipants: new Float64Array(9),
    groupAccess: new Float64Array(9),
    groupSatisfaction: new Float64Array(9),
    groupCells: new Float64Array(9 * 4),
    online: 0,
    service: new Float64Array(residents),
    serviceZones: new Uint8Array(residents),
    served: 0,
    serviceBins: new Int32Array(256 * 256),
    placeAdults: perPlace(),
    placeParticipants: perPlace(),
    placeSatisfaction: perPlace(),
    placeTrust: perPlace(),
    placeOnline: perPlace(),
  };
}

/**
 * Fills `out` from the residents' current state; `window` picks the service counters (the
 * recording period's or the final year's). Reads only. One pass, place by place (residents are
 * stored by place), keeping the sums of the current place and of each zone in local variables:
 * adding into typed-array cells instead costs several times as much per resident.
 */
export function sumResidents(sim: SimState, window: 'period' | 'final', out: ResidentSums): ResidentSums {
  const { serviceCounts, ageGroup, zone, satisfaction, trust, efficacy, online: capable, participation } = sim.residents;
  const first = sim.committees.firstResident;
  const places = first.length;
  const endedAt = window === 'period' ? PERIOD_ENDED : FINAL_ENDED;
  const metAt = window === 'period' ? PERIOD_MET : FINAL_MET;
  const { service, serviceZones, serviceBins, groupCells: cells } = out;
  serviceBins.fill(0);
  cells.fill(0);
  let served = 0;
  let online = 0;
  // Per zone (suffix 0 urban, 1 rural, 2 migrant): adults, participants, access, satisfaction, trust, efficacy.
  let a0 = 0, p0 = 0, c0 = 0, s0 = 0, t0 = 0, e0 = 0;
  let a1 = 0, p1 = 0, c1 = 0, s1 = 0, t1 = 0, e1 = 0;
  let a2 = 0, p2 = 0, c2 = 0, s2 = 0, t2 = 0, e2 = 0;
  for (let p = 0; p < places; p++) {
    const end = p + 1 < places ? first[p + 1] : sim.residents.size;
    let adults = 0;
    let joined = 0;
    let sat = 0;
    let tr = 0;
    let connected = 0;
    for (let i = first[p]; i < end; i++) {
      const ended = counter(serviceCounts[i], endedAt);
      if (ended > 0) {
        const met = counter(serviceCounts[i], metAt);
        service[served] = met / ended;
        serviceZones[served++] = zone[i];
        serviceBins[(ended << 8) | met]++;
      }
      const g = ageGroup[i];
      if (g === 0) continue;
      const s = satisfaction[i];
      const t = trust[i];
      const e = efficacy[i];
      const c = capable[i];
      const state = participation[i];
      const j = state !== NOT_PARTICIPATING ? 1 : 0;
      if (state === ONLINE) online++;
      const z = zone[i];
      // The zone × age group's four sums sit side by side in one array: with four separate
      // arrays the sweep's added cost was about three times as large (measured). The per-age
      // totals are summed from these after the sweep rather than kept in cells of their own.
      const k = (z * 3 + g - 1) * 4;
      cells[k]++;
      cells[k + 1] += j;
      cells[k + 2] += c;
      cells[k + 3] += s;
      adults++;
      joined += j;
      sat += s;
      tr += t;
      connected += c;
      if (z === 0) {
        a0++; p0 += j; c0 += c; s0 += s; t0 += t; e0 += e;
      } else if (z === 1) {
        a1++; p1 += j; c1 += c; s1 += s; t1 += t; e1 += e;
      } else {
        a2++; p2 += j; c2 += c; s2 += s; t2 += t; e2 += e;
      }
    }
    out.placeAdults[p] = adults;
    out.placeParticipants[p] = joined;
    out.placeSatisfaction[p] = sat;
    out.placeTrust[p] = tr;
    out.placeOnline[p] = connected;
  }
  out.served = served;
  out.online = online;
  out.adults.set([a0, a1, a2]);
  out.participants.set([p0, p1, p2]);
  out.access.set([c0, c1, c2]);
  out.satisfaction.set([s0, s1, s2]);
  out.trust.set([t0, t1, t2]);
  out.efficacy.set([e0, e1, e2]);
  sumGroups(out);
  return out;
}

/**
 * Unpacks the sweep's interleaved group sums into the four per-group arrays, and sums the per-age
 * totals from them (counts, so the order of adding does not matter).
 */
function sumGroups(out: ResidentSums): void {
  const { ageAdults, ageParticipants, groupAdults, groupParticipants, groupAccess, groupSatisfaction, groupCells: cells } = out;
  for (let k = 0; k < 9; k++) {
    groupAdults[k] = cells[4 * k];
    groupParticipants[k] = cells[4 * k + 1];
    groupAccess[k] = cells[4 * k + 2];
    groupSatisfaction[k] = cells[4 * k + 3];
  }
  for (let g = 1; g <= 3; g++) {
    ageAdults[g] = groupAdults[g - 1] + groupAdults[g + 2] + groupAdults[g + 5];
    ageParticipants[g] = groupParticipants[g - 1] + groupParticipants[g + 2] + groupParticipants[g + 5];
  }
}

/**
 * The service outcomes of `sums`, sorted ascending (as sorting a copy of `service` would give),
 * from the counts by (ended, met): the outcomes are ratios of counters up to 255, so there are
 * few distinct values, and ordering those is much cheaper than sorting every outcome.
 */
export function sortedService(sums: ResidentSums): Float64Array {
  const bins = sums.serviceBins;
  const value = (bin: number) => (bin & 0xff) / (bin >>> 8);
  const used: number[] = [];
  for (let bin = 0; bin < bins.length; bin++) if (bins[bin] > 0) used.push(bin);
  used.sort((a, b) => value(a) - value(b));
  const sorted = new Float64Array(sums.served);
  let k = 0;
  for (const bin of used) {
    sorted.fill(value(bin), k, k + bins[bin]);
    k += bins[bin];
  }
  return sorted;
}
