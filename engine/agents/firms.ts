import { createTable, type Table } from '../core/table.ts';

/**
 * Firms (市场主体). Willingness in [0, 1] weighs social contribution against economic return:
 * willing firms absorb employment needs; unwilling ones add to environment needs nearby.
 */
export const FIRM_FIELDS = {
  place: 'i32',
  /** Employees. */
  size: 'f32',
  /** 0 agriculture, 1 manufacturing, 2 services. */
  sector: 'u8',
  willingness: 'f32',
} as const;

export type Firms = Table<typeof FIRM_FIELDS>;

export function createFirms(n: number): Firms {
  return createTable(FIRM_FIELDS, n);
}
