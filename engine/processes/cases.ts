import { GrowableTable } from '../core/table.ts';

/**
 * A case is one need of one resident, from the day it arises until it ends. Each township keeps
 * its own case table, so townships never write each other's cases.
 */
export const CASE_FIELDS = {
  resident: 'i32',
  /**
   * The resident's place and zone, copied when the case opens: every later stage reads them from
   * the case row, which is already in cache, instead of from the resident tables (a memory miss
   * each at county scale).
   */
  place: 'i32',
  zone: 'u8',
  category: 'u8',
  stage: 'u8',
  /** Reporting channel (see `CHANNELS`), set when reported. */
  channel: 'u8',
  flags: 'u8',
  bounces: 'u8',
  arisen: 'i32',
  reported: 'i32',
  /**
   * Day a unit first took the case up from its queue — a mediator, the committee, or the
   * township's routing desk for cases that reach it directly (petitions, cross-department online
   * reports on a shared platform) — or -1 before. Observation only
   * (time to first response, `patterns/`); no mechanism reads it.
   */
  responded: 'i32',
  /** Unique id within the township (rows are recycled; calendar entries carry the serial). */
  serial: 'i32',
  /** Day of the next scheduled event (report or lapse; escalation) and what it will be. */
  reportDue: 'i32',
  planned: 'u8',
  escalationDue: 'i32',
  /** Slot in the township's pending list / open-dispute list (-1 when absent). */
  pendingSlot: 'i32',
  disputeSlot: 'i32',
} as const;

export type CaseTable = GrowableTable<typeof CASE_FIELDS>;

/** Where a case is. */
export const PENDING = 0; // arisen, not yet known to anyone
export const MEDIATION = 1;
export const COMMITTEE = 2;
export const TOWNSHIP = 3;
export const IN_DEPARTMENT = 4; // in transit, queued, coordinating or bouncing
export const CLOSED = 5; // ended; the row awaits reuse

/** Case flags. */
export const CROSS_DEPARTMENT = 1;
export const WHISTLED = 2;
export const ESCALATED = 4;

/** Reporting channels; their order is the order of the channel metrics. */
export const CHANNELS = ['inPerson', 'online', 'gridVisit', 'partner', 'petition'] as const;
export const IN_PERSON = 0;
export const ONLINE_CHANNEL = 1;
export const GRID_VISIT = 2;
export const PARTNER_CHANNEL = 3;
export const PETITION = 4;

/** `planned` value for a need that will be given up (lapse) rather than reported. */
export const LAPSE = 255;

/** Records today as the case's first response, unless it already had one. */
export function respond(c: CaseTable['cols'], row: number, day: number): void {
  if (c.responded[row] < 0) c.responded[row] = day;
}

export function createCaseTable(): CaseTable {
  return new GrowableTable(CASE_FIELDS, 4096);
}
