import { InputError } from '../base/errors.ts';

/** Exit codes: 0 ok, 1 the run failed, 2 bad input (a file, a flag). */
export const EXIT_OK = 0;
export const EXIT_RUN_FAILED = 1;
export const EXIT_BAD_INPUT = 2;
/**
 * `ronghe design --merge` when a stage still needs runs: not a failure, not done either (the
 * Slurm driver, experiments/slurm/design.sh, loops on it).
 */
export const EXIT_WAITING = 3;

/**
 * Reports an error the way a user should see it: bad input as its message only (with every
 * problem), anything else as "run failed" — the stack only with RONGHE_DEBUG=1.
 */
export function reportFailure(error: unknown): number {
  if (error instanceof InputError) {
    process.stderr.write(error.format().trimEnd() + '\n');
    return EXIT_BAD_INPUT;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`ronghe: run failed: ${message}\n`);
  if (process.env.RONGHE_DEBUG === '1' && error instanceof Error && error.stack) process.stderr.write(error.stack + '\n');
  else process.stderr.write('(set RONGHE_DEBUG=1 to see where it failed)\n');
  return EXIT_RUN_FAILED;
}
