import type { Lang } from '../base/lang.ts';
import { words } from './words.ts';

/** Exit code after Ctrl-C, as shells report a SIGINT death. */
export const EXIT_INTERRUPTED = 130;

/**
 * Runs a long job that Ctrl-C (SIGINT) or SIGTERM stops cleanly: the job gets an AbortSignal;
 * if it then ends with an error, `stopped` runs (e.g. to end a progress bar), the user reads
 * that finished runs are kept and the same command continues, and the result is
 * {@link EXIT_INTERRUPTED} instead of the error. Other errors propagate.
 */
export async function interruptible<T>(lang: Lang, job: (signal: AbortSignal) => Promise<T>, stopped: () => void): Promise<{ done: true; value: T } | { done: false; exitCode: number }> {
  const abort = new AbortController();
  const onSignal = () => abort.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return { done: true, value: await job(abort.signal) };
  } catch (error) {
    stopped();
    if (!abort.signal.aborted) throw error;
    process.stdout.write(words(lang).stopped + '\n');
    return { done: false, exitCode: EXIT_INTERRUPTED };
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** Worker threads to use: the flag's, else SLURM_CPUS_PER_TASK under Slurm, else the machine's cores. */
export function defaultWorkers(flag: number | undefined, cores: number): number {
  const slurmCpus = Number(process.env.SLURM_CPUS_PER_TASK);
  return flag ?? (Number.isInteger(slurmCpus) && slurmCpus > 0 ? slurmCpus : cores);
}
