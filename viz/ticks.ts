/**
 * Recorded ticks as the report's time axes show them: the end of each recording period in years
 * from the start of the run (so quarters, months and intervention starts share one axis).
 */
import { DAYS_PER_YEAR } from '../engine/core/calendar.ts';
import type { Ticks } from './reportData.ts';

/** Collects the distinct recorded ticks of a table (by day index) and numbers them in time order. */
export class TickIndex {
  private readonly byDay = new Map<number, { year: number; month: number }>();

  /** Notes a tick; `day` is the 0-based index of the period's last day. */
  add(year: number, month: number, day: number): void {
    if (!this.byDay.has(day)) this.byDay.set(day, { year, month });
  }

  get size(): number {
    return this.byDay.size;
  }

  /** Day index → position in time order, for the ticks noted so far. */
  slots(): Map<number, number> {
    return new Map(this.days().map((d, i) => [d, i]));
  }

  /** The ticks in time order, for the page. */
  ticks(): Ticks {
    const days = this.days();
    return {
      // The period ends after its last day: day 89 closes the first quarter at 90/365 years.
      x: days.map((d) => Math.round(((d + 1) / DAYS_PER_YEAR) * 1e4) / 1e4),
      year: days.map((d) => this.byDay.get(d)!.year),
      month: days.map((d) => this.byDay.get(d)!.month),
    };
  }

  private days(): number[] {
    return [...this.byDay.keys()].sort((a, b) => a - b);
  }
}
