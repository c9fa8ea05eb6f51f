/**
 * Events filed by day: `file(day, row, serial)` and, on that day, `take(day)` returns the
 * entries in filing order. Entries are (row, serial) pairs so that a consumer can drop those
 * whose record was since recycled or rescheduled. Days already taken free their memory.
 */
export class EventCalendar {
  private readonly days: (number[] | undefined)[];
  constructor(horizonDays: number) {
    this.days = new Array(horizonDays + 1);
  }
  file(day: number, row: number, serial: number): void {
    if (day >= this.days.length) return; // beyond the horizon: never happens within the run
    (this.days[day] ??= []).push(row, serial);
  }
  /** The day's entries as a flat [row, serial, row, serial, ...] list (empty if none). */
  take(day: number): readonly number[] {
    const list = this.days[day];
    this.days[day] = undefined;
    return list ?? EMPTY;
  }
}
const EMPTY: readonly number[] = Object.freeze([]);
