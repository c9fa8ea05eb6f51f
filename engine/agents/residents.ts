import { createTable, type Table } from '../core/table.ts';

/** Zone codes, in the order of `ZONES`: urban hukou, rural (village), rural-hukou migrant in town. */
export const URBAN = 0;
export const RURAL = 1;
export const MIGRANT = 2;

/**
 * Participation states (this month). Bit-coded so peers can be counted without reading a second
 * column: bit 0 or 1 set = took part, bit 2 = a child (not counted among a resident's adult ties).
 */
export const NOT_PARTICIPATING = 0;
export const OFFLINE = 1;
export const ONLINE = 2;
export const CHILD = 4;

/** Threshold of an adult for whom taking part is out of reach whatever the utility (time, health). */
export const OUT_OF_REACH = Number.POSITIVE_INFINITY;
/** Threshold of an activist, who takes part every month whatever the utility. */
export const ALWAYS = Number.NEGATIVE_INFINITY;

/** Age-group codes, in the order of `AGE_GROUPS`. */
export const ELDERLY = 3;

/**
 * Residents: one row each, ordered by township, then place, then household, so a township's
 * residents are a contiguous range. Attitudes are in [0, 1].
 */
export const RESIDENT_FIELDS = {
  zone: 'u8',
  township: 'u16',
  place: 'i32',
  grid: 'i32',
  household: 'i32',
  age: 'u8',
  ageGroup: 'u8',
  /** 0 primary or less, 1 junior, 2 senior, 3 tertiary. */
  education: 'u8',
  /** Per-capita disposable income, yuan/year. */
  income: 'f32',
  /** Income relative to the zone mean (for need rates and reporting propensity). */
  incomeRel: 'f32',
  /** Fixed part of the reporting propensity: intercept + education and log-income terms. */
  propensityBase: 'f32',
  /** Owns a usable device and uses the internet. */
  device: 'u8',
  /** Fixed uniform draw, shared by the household: it is covered when this is below its place's coverage. */
  coverageDraw: 'f32',
  skill: 'f32',
  trust: 'f32',
  satisfaction: 'f32',
  expectation: 'f32',
  efficacy: 'f32',
  /** Personal participation threshold (Granovetter-style, fixed); {@link OUT_OF_REACH} or {@link ALWAYS} for some. */
  threshold: 'f32',
  /** Derived monthly and on lever changes (processes/residentHazards.ts): can use online channels, */
  online: 'u8',
  /** and daily hazard of reporting a need oneself, before distance and channel. */
  selfHazard: 'f32',
  participation: 'u8',
  /** Last month's participation; what other townships read (double buffer). */
  participationPrev: 'u8',
  /**
   * Needs ended and met, for service-outcome inequality, packed in one word because every case
   * end updates them (one memory access instead of four): see `serviceCounts.ts`.
   */
  serviceCounts: 'u32',
} as const;

export type Residents = Table<typeof RESIDENT_FIELDS>;

export function createResidents(n: number): Residents {
  return createTable(RESIDENT_FIELDS, n);
}
