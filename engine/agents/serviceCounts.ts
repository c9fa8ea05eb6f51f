/**
 * Per-resident service counters packed into one u32 (bytes, low to high): needs ended and met
 * in the current recording period, needs ended and met in the final year. Each saturates at 255.
 */
export const PERIOD_ENDED = 0;
export const PERIOD_MET = 8;
export const FINAL_ENDED = 16;
export const FINAL_MET = 24;

/** The 8-bit counter at `shift` of a packed word. */
export function counter(word: number, shift: number): number {
  return (word >>> shift) & 0xff;
}

/** Adds a need's end (and whether it was met) to a packed word, for the active windows. */
export function countEnd(word: number, met: boolean, final: boolean): number {
  let w = bump(word, PERIOD_ENDED);
  if (met) w = bump(w, PERIOD_MET);
  if (final) {
    w = bump(w, FINAL_ENDED);
    if (met) w = bump(w, FINAL_MET);
  }
  return w >>> 0;
}

/** The word with its period counters cleared (at each recording). */
export function clearPeriod(word: number): number {
  return (word & 0xffff0000) >>> 0;
}

function bump(word: number, shift: number): number {
  return counter(word, shift) < 255 ? word + (1 << shift) : word;
}
