import { createTable, type Table } from '../core/table.ts';

/**
 * Cadres (干部). `post` < townships is a township government; otherwise department
 * `post - townships`. Experience is in years at each level and grows with time in post.
 *
 * A cadre moved by an exchange programme records the day they took the post and the terms of
 * the handover (`postedDay`, NaN for cadres never exchanged or since replaced): the post is
 * vacant for `handoverDays`, then the newcomer works at `startProductivity` of full
 * productivity, rising linearly to 1 over `learningDays` (see `processes/cadreCareers.ts`).
 */
export const CADRE_FIELDS = {
  post: 'i32',
  countyYears: 'f32',
  grassrootsYears: 'f32',
  postedDay: 'f64',
  handoverDays: 'f64',
  learningDays: 'f64',
  startProductivity: 'f64',
} as const;

export type Cadres = Table<typeof CADRE_FIELDS>;

export function createCadres(n: number): Cadres {
  const cadres = createTable(CADRE_FIELDS, n);
  cadres.postedDay.fill(Number.NaN);
  return cadres;
}

/**
 * The share of full productivity cadre `k` works at on `day`: 1 when they did not come by an
 * exchange; 0 during the handover; then from `startProductivity` rising linearly to 1 over the
 * learning period; 1 after.
 */
export function cadreProductivity(c: Cadres, k: number, day: number): number {
  const since = day - c.postedDay[k];
  if (!(since >= 0)) return 1;
  if (since < c.handoverDays[k]) return 0;
  const learnt = (since - c.handoverDays[k]) / c.learningDays[k];
  if (!(learnt < 1)) return 1;
  return c.startProductivity[k] + (1 - c.startProductivity[k]) * learnt;
}
