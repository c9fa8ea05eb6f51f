import { createTable, type Table } from '../core/table.ts';

/**
 * Social organisations (社会组织): where they work, which need categories they serve (bit
 * mask over the first four `CATEGORIES`: employment, care, environment, dispute), capacity, volunteers, and a fixed draw deciding whether they hold a
 * purchase-of-service contract at the current contracted share.
 */
export const ORGANISATION_FIELDS = {
  place: 'i32',
  categories: 'u8',
  capacity: 'f32',
  volunteers: 'f32',
  contractDraw: 'f32',
} as const;

export type Organisations = Table<typeof ORGANISATION_FIELDS>;

export function createOrganisations(n: number): Organisations {
  return createTable(ORGANISATION_FIELDS, n);
}
