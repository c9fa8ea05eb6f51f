import { createTable, type Table } from '../core/table.ts';

/**
 * Village and community committees (村两委 / 居委会), one per place, with the place's own
 * attributes. Places are numbered township by township: villages first, then communities.
 */
export const COMMITTEE_FIELDS = {
  township: 'i32',
  urban: 'u8',
  residents: 'i32',
  households: 'i32',
  firstResident: 'i32',
  firstGrid: 'i32',
  grids: 'i32',
  distanceKm: 'f32',
  /** Network coverage before interventions. */
  coverageBase: 'f32',
  staff: 'f32',
  competence: 'f32',
  branchStrength: 'f32',
  /** Collective assets and last year's income and public-goods spending (villages), yuan. */
  assets: 'f64',
  income: 'f64',
  publicGoods: 'f64',
  /** Multiplier (<= 1) on care and infrastructure need rates from public goods. */
  needRelief: 'f32',
  /** Offline participants volunteering, updated monthly. */
  volunteers: 'f32',
  /**
   * Share of the place's volunteers and partners still active (1 at the start): falls when they
   * are overused, recovers by recruitment (`processes/volunteers.ts`).
   */
  volunteerActive: 'f32',
  /** This month so far: cases volunteers and partners handled, and cases they could have handled. */
  volunteerWork: 'f64',
  volunteerOffered: 'f64',
  /** Derived each month or on lever change (see `processes/derive.ts`). */
  branchEffective: 'f32',
  competenceEffective: 'f32',
  /** Probability a locally settled case ends satisfactorily. */
  quality: 'f32',
  capacity: 'f32',
  /**
   * The parts of `capacity`: staff and contracted organisations (paid); volunteers and partners
   * (scaled by `volunteerActive`); and the share of staff capacity moved to the platform, which
   * serves only online reports (included in `paidCapacity`).
   */
  paidCapacity: 'f32',
  volunteerCapacity: 'f32',
  onlineCapacity: 'f32',
  mobilisation: 'f32',
  firmJobSupport: 'f32',
  pollution: 'f32',
  /** Daily detection hazard of an open need by volunteers and partners. */
  detection: 'f32',
  /** First organisation of the place (organisations are stored place by place) and count. */
  firstOrganisation: 'i32',
  organisationCount: 'i32',
  firstFirm: 'i32',
  firmCount: 'i32',
  /** Carry-over of fractional daily capacity (committee, mediation). */
  credit: 'f64',
  mediationCredit: 'f64',
  /** Carry-over of the platform's share of staff capacity (online reports only). */
  onlineCredit: 'f64',
} as const;

export type Committees = Table<typeof COMMITTEE_FIELDS>;

export function createCommittees(n: number): Committees {
  return createTable(COMMITTEE_FIELDS, n);
}
