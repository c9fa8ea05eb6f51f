import { endsPeriod, type Period } from './calendar.ts';

/**
 * A phase of the tick. `township` phases run once per township and may write only that
 * township's state (reading other townships' state only from last tick's buffers); `county`
 * phases touch county-level agents; `exchange` phases move what crosses townships in a fixed
 * order. The engine runs phases in declared order, each on the last day of its period.
 */
export type Phase<S> =
  | { name: string; period: Period; scope: 'township'; run: (sim: S, township: number, day: number) => void }
  | { name: string; period: Period; scope: 'county' | 'exchange'; run: (sim: S, day: number) => void };

/**
 * Runs one day of a schedule. `townshipOrder` is the order township phases visit townships;
 * results must not depend on it (tests run it shuffled).
 */
export function runDay<S>(phases: readonly Phase<S>[], sim: S, day: number, townshipOrder: readonly number[]): void {
  for (const phase of phases) {
    if (!endsPeriod(day, phase.period)) continue;
    if (phase.scope === 'township') {
      for (const t of townshipOrder) phase.run(sim, t, day);
    } else {
      phase.run(sim, day);
    }
  }
}
