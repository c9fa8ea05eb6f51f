/**
 * The simulation calendar: one tick is one day, years have 365 days and twelve months of the
 * usual (non-leap) lengths. Day 0 is the first day of year 1.
 */
export const DAYS_PER_YEAR = 365;

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Day of year (0-based) on which each month ends. */
const MONTH_END = MONTH_LENGTHS.map((_, m) => MONTH_LENGTHS.slice(0, m + 1).reduce((a, b) => a + b, 0) - 1);

export type Period = 'day' | 'month' | 'quarter' | 'year';

/** Whether `day` is the last day of a period of the given kind. */
export function endsPeriod(day: number, period: Period): boolean {
  if (period === 'day') return true;
  const doy = day % DAYS_PER_YEAR;
  if (period === 'year') return doy === DAYS_PER_YEAR - 1;
  const m = MONTH_END.indexOf(doy);
  if (m < 0) return false;
  return period === 'month' || m % 3 === 2;
}

/** Month of the year (0-11) of a day index. */
export function monthOf(day: number): number {
  const doy = day % DAYS_PER_YEAR;
  let m = 0;
  while (MONTH_END[m] < doy) m++;
  return m;
}

/** Converts a time in years (as in scenario files) to a day index. */
export function yearsToDay(years: number): number {
  return Math.round(years * DAYS_PER_YEAR);
}
