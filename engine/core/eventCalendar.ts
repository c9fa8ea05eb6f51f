/**
 * Events filed by day: `file(day, a, b)` and, on that day, `take(day)` returns the entries in
 * filing order as a flat [a, b, a, b, ...] list. Entries are pairs of small integers (a case row
 * and its serial, or a township and a case row), so filing allocates no objects; days already
 * taken free their memory.
 */
export class EventCalendar {
  private readonly days: (number[] | undefined)[];
  constructor(horizonDays: number) {
    this.days = new Array(horizonDays + 1);
  }
  file(day: number, a: number, b: number): void {
    if (day >= this.days.length) return; // beyond the horizon: never happens within the run
    (this.days[day] ??= []).push(a, b);
  }
  /** The day's entries as a flat [a, b, a, b, ...] list (empty if none). */
  take(day: number): readonly number[] {
    const list = this.days[day];
    this.days[day] = undefined;
    return list ?? EMPTY;
  }
}
const EMPTY: readonly number[] = Object.freeze([]);
