import { GrowableTable } from '../core/table.ts';

/**
 * Case ends waiting for the day's `experience` phase, in the order the cases ended: whose case
 * it was, whether the need was met, the performance felt (0-1) and the case serial (which picks
 * the ties told). The phase itself fills `from` and `told`: where the ties told of this
 * experience start in {@link ExperienceQueue.told}, and how many there are.
 */
export const EXPERIENCE_FIELDS = {
  resident: 'i32',
  met: 'u8',
  performance: 'f64',
  serial: 'i32',
  from: 'i32',
  told: 'i32',
} as const;

/** A township's case ends of the day and the residents told of them; emptied once a day. */
export class ExperienceQueue {
  readonly ends = new GrowableTable(EXPERIENCE_FIELDS, 256);
  /** Residents told of the queued experiences, case after case (see `from` and `told`). */
  told = new Int32Array(1024);
  /** Sink for the prefetching pass's reads (kept so that the compiler cannot drop them). */
  prefetched = 0;

  /** The `told` buffer, grown to hold at least `n` residents. */
  reserveTold(n: number): Int32Array {
    if (n > this.told.length) this.told = new Int32Array(Math.max(n, 2 * this.told.length));
    return this.told;
  }
}
