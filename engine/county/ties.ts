import type { NetworkSpec } from '../scenario.ts';
import type { Residents } from '../agents/residents.ts';
import { undirectedCsr, type Csr } from '../core/csr.ts';
import { stream } from '../core/rng.ts';
import type { Layout } from './layout.ts';

/**
 * The social network: every household is a clique, and each resident adds on average
 * tiesPerResident/2 ties (so the mean degree outside the household is tiesPerResident):
 * most to people of the same place, some to another place of the same township, a few to
 * another township. Each township draws its own residents' ties from its own stream.
 */
export function buildTies(spec: NetworkSpec, layout: Layout, r: Residents, seed: number): Csr {
  const n = r.size;
  const perResident = spec.tiesPerResident / 2;
  let capacity = Math.ceil(n * (perResident + 4)) + 16;
  let a = new Int32Array(capacity);
  let b = new Int32Array(capacity);
  let count = 0;
  const add = (x: number, y: number) => {
    if (count === capacity) {
      capacity *= 2;
      const na = new Int32Array(capacity);
      const nb = new Int32Array(capacity);
      na.set(a);
      nb.set(b);
      a = na;
      b = nb;
    }
    a[count] = x;
    b[count] = y;
    count++;
  };
  const firstOfPlace = new Int32Array(layout.placeResidents.length + 1);
  for (let p = 0; p < layout.placeResidents.length; p++) firstOfPlace[p + 1] = firstOfPlace[p] + layout.placeResidents[p];
  const T = layout.townships;
  for (let t = 0; t < T; t++) {
    const rng = stream(seed, 'ties', t);
    const lo = layout.townshipFirstResident[t];
    const hi = layout.townshipFirstResident[t + 1];
    for (let i = lo; i < hi; i++) {
      // Household clique: link to earlier members of the same household.
      for (let j = i - 1; j >= lo && r.household[j] === r.household[i]; j--) add(j, i);
      const k = Math.floor(perResident) + (rng() < perResident % 1 ? 1 : 0);
      const p = r.place[i];
      for (let e = 0; e < k; e++) {
        const u = rng();
        let j: number;
        if (u < spec.crossTownshipShare && T > 1) {
          const other = (t + 1 + Math.floor(rng() * (T - 1))) % T;
          const olo = layout.townshipFirstResident[other];
          const size = layout.townshipFirstResident[other + 1] - olo;
          if (size === 0) continue; // an empty township has nobody to know
          j = olo + Math.floor(rng() * size);
        } else if (u < spec.crossTownshipShare + spec.crossPlaceShare && hi - lo > layout.placeResidents[p]) {
          do j = lo + Math.floor(rng() * (hi - lo));
          while (r.place[j] === p);
        } else {
          j = firstOfPlace[p] + Math.floor(rng() * layout.placeResidents[p]);
        }
        if (j !== i) add(i, j);
      }
    }
  }
  return undirectedCsr(n, a, b, count);
}
