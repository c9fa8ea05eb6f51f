import { createTable, type Table } from '../core/table.ts';

/**
 * Cadres (干部). `post` < townships is a township government; otherwise department
 * `post - townships`. Experience is in years at each level and grows with time in post.
 */
export const CADRE_FIELDS = {
  post: 'i32',
  countyYears: 'f32',
  grassrootsYears: 'f32',
} as const;

export type Cadres = Table<typeof CADRE_FIELDS>;

export function createCadres(n: number): Cadres {
  return createTable(CADRE_FIELDS, n);
}
