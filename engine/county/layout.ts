import type { CountySpec } from '../scenario.ts';
import { normal, type Rng } from '../core/rng.ts';

/**
 * The administrative layout of the synthetic county: which places each township holds and how
 * many residents live in each place. Townships 0..subdistricts-1 are urban subdistricts (街道)
 * holding only communities; the others are towns (乡镇) holding the villages, and a community at
 * the town seat when there are enough communities. Places are numbered township by township,
 * villages first.
 */
export interface Layout {
  readonly townships: number;
  readonly subdistricts: number;
  /** Per place: township, urban flag, residents. */
  readonly placeTownship: Int32Array;
  readonly placeUrban: Uint8Array;
  readonly placeResidents: Int32Array;
  /** Per township: first place and first resident; entry `townships` closes the last range. */
  readonly townshipFirstPlace: Int32Array;
  readonly townshipFirstResident: Int32Array;
}

export function buildLayout(spec: CountySpec, rng: Rng): Layout {
  const { townships, subdistricts, villages, communities } = spec;
  const towns = townships - subdistricts;
  const villagesOf = spreadEvenly(villages, towns);
  // One community per subdistrict, one at each town seat when enough remain, the rest
  // round-robin over subdistricts (over towns in a county without subdistricts).
  const communitiesOf = new Array<number>(townships).fill(0);
  let left = communities;
  for (let s = 0; s < subdistricts && left > 0; s++, left--) communitiesOf[s]++;
  if (left >= towns) for (let t = subdistricts; t < townships; t++, left--) communitiesOf[t]++;
  for (let k = 0; left > 0; k++, left--) communitiesOf[subdistricts > 0 ? k % subdistricts : k % towns]++;

  const placeCount = villages + communities;
  const placeTownship = new Int32Array(placeCount);
  const placeUrban = new Uint8Array(placeCount);
  const townshipFirstPlace = new Int32Array(townships + 1);
  let p = 0;
  for (let t = 0; t < townships; t++) {
    townshipFirstPlace[t] = p;
    const v = t < subdistricts ? 0 : villagesOf[t - subdistricts];
    for (let k = 0; k < v; k++, p++) placeTownship[p] = t;
    for (let k = 0; k < communitiesOf[t]; k++, p++) {
      placeTownship[p] = t;
      placeUrban[p] = 1;
    }
  }
  townshipFirstPlace[townships] = p;

  // Place sizes: log-normal weights (sd 0.5), urban and rural totals split by largest remainder.
  const weights = new Float64Array(placeCount);
  for (let i = 0; i < placeCount; i++) weights[i] = Math.exp(0.5 * normal(rng));
  const urbanTotal = Math.round(spec.residents * spec.urbanShare);
  const placeResidents = new Int32Array(placeCount);
  apportion(weights, placeUrban, 1, urbanTotal, placeResidents);
  apportion(weights, placeUrban, 0, spec.residents - urbanTotal, placeResidents);

  const townshipFirstResident = new Int32Array(townships + 1);
  for (let t = 0; t < townships; t++) {
    let sum = 0;
    for (let q = townshipFirstPlace[t]; q < townshipFirstPlace[t + 1]; q++) sum += placeResidents[q];
    townshipFirstResident[t + 1] = townshipFirstResident[t] + sum;
  }
  return { townships, subdistricts, placeTownship, placeUrban, placeResidents, townshipFirstPlace, townshipFirstResident };
}

/** n items over k bins as evenly as possible, earlier bins taking the remainder. */
function spreadEvenly(n: number, k: number): number[] {
  return Array.from({ length: k }, (_, i) => Math.floor(n / k) + (i < n % k ? 1 : 0));
}

/** Splits `total` over the places with urban flag `urban`, by weight, largest remainder first. */
function apportion(weights: Float64Array, urban: Uint8Array, flag: number, total: number, out: Int32Array): void {
  const idx: number[] = [];
  let sum = 0;
  for (let i = 0; i < weights.length; i++) if (urban[i] === flag) (idx.push(i), (sum += weights[i]));
  if (idx.length === 0) return;
  let assigned = 0;
  const remainders = idx.map((i) => {
    const exact = (total * weights[i]) / sum;
    out[i] = Math.floor(exact);
    assigned += out[i];
    return { i, r: exact - out[i] };
  });
  remainders.sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; k < total - assigned; k++) out[remainders[k % remainders.length].i]++;
}
