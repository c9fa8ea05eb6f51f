import { describe, expect, it } from 'vitest';
import { countyLayout } from '../../viz/layout.ts';

/** A county like county.json's shape: townships with a few communities and many villages. */
function county(townships: number, perTownship: number) {
  const township: number[] = [];
  const urban: number[] = [];
  const residents: number[] = [];
  for (let t = 0; t < townships; t++) {
    for (let k = 0; k < perTownship; k++) {
      township.push(t);
      urban.push(k < 3 ? 1 : 0);
      residents.push(500 + ((t * 7919 + k * 104729) % 4000));
    }
  }
  return { township, urban, residents };
}

describe('countyLayout', () => {
  it('is deterministic: the same places give the same map', () => {
    const places = county(14, 15);
    expect(countyLayout(places)).toEqual(countyLayout(places));
  });

  it('puts every place nearer its own township centre than any other, and no two places together', () => {
    const places = county(14, 15);
    const layout = countyLayout(places);
    const seen = new Set<string>();
    for (let p = 0; p < places.township.length; p++) {
      const distances = layout.townships.map((c) => Math.hypot(layout.x[p] - c.x, layout.y[p] - c.y));
      expect(distances.indexOf(Math.min(...distances))).toBe(places.township[p]);
      const key = `${layout.x[p]},${layout.y[p]}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });

  it('places the largest community of each township at its centre, villages further out, townships on a grid', () => {
    const places = county(5, 8);
    const layout = countyLayout(places);
    expect([layout.columns, layout.rows]).toEqual([4, 2]); // wider than tall, as the chart
    for (let t = 0; t < 5; t++) {
      const members = places.township.map((_, p) => p).filter((p) => places.township[p] === t);
      const radius = (p: number) => Math.hypot(layout.x[p] - layout.townships[t].x, layout.y[p] - layout.townships[t].y);
      const largestCommunity = members.filter((p) => places.urban[p] === 1).sort((a, b) => places.residents[b] - places.residents[a])[0];
      expect(radius(largestCommunity)).toBeCloseTo(0, 9);
      const communities = Math.max(...members.filter((p) => places.urban[p] === 1).map(radius));
      const villages = Math.min(...members.filter((p) => places.urban[p] === 0).map(radius));
      expect(villages).toBeGreaterThan(communities);
    }
  });

  it('marks a township whose places are all communities as a subdistrict', () => {
    const layout = countyLayout({ township: [0, 0, 1, 1], urban: [1, 1, 1, 0], residents: [10, 20, 30, 40] });
    expect(layout.townships.map((t) => t.subdistrict)).toEqual([true, false]);
  });
});
