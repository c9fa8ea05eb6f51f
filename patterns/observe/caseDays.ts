import type { CASE_FIELDS, CaseTable } from '../../engine/processes/cases.ts';
import type { SimState } from '../../engine/state.ts';

/** Case fields that hold a day. */
export type DayField = 'arisen' | 'reported' | 'responded';

/**
 * Calls `visit` for every case whose `field` is `day`, township by township, reading the case
 * tables after the day has run. Why this sees each such case exactly once: a closed case keeps
 * its values until its row is reused, rows are reused only by the `needs` phase, and every
 * township's `needs` phase runs before any phase that reports, responds to or closes a case on
 * the same day. Rows never used have serial 0 (serials start at 1) and are skipped.
 */
export function forEachCaseOn(
  sim: SimState,
  field: DayField,
  day: number,
  visit: (cols: CaseTable['cols'], row: number) => void,
): void {
  for (const ts of sim.townships) {
    const cols = ts.cases.cols;
    const days: Int32Array = cols[field satisfies keyof typeof CASE_FIELDS];
    const serial = cols.serial;
    for (let row = 0; row < days.length; row++) if (days[row] === day && serial[row] !== 0) visit(cols, row);
  }
}
