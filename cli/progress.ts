import { SingleBar } from 'cli-progress';

/**
 * Plain progress lines (not on a TTY, e.g. a Slurm log): one when another tenth of the runs is
 * done, at most every {@link PLAIN_MIN_SECONDS}, and at least every {@link PLAIN_MAX_SECONDS}.
 */
const PLAIN_MIN_SECONDS = 5;
const PLAIN_MAX_SECONDS = 60;

/** Progress of a batch of runs: a bar with ETA and runs/s on a TTY, sparse plain lines otherwise. */
export interface RunProgress {
  update(done: number, failed: number): void;
  stop(): void;
}

export function runProgress(total: number, label: string, quiet: boolean, clock: () => number = Date.now): RunProgress {
  if (quiet || total === 0) return { update() {}, stop() {} };
  const started = clock();
  const rate = (done: number): number => done / Math.max(1e-3, (clock() - started) / 1000);
  if (process.stderr.isTTY) {
    const bar = new SingleBar({ format: ` ${label} {bar} {value}/{total} runs | {rate} runs/s | ETA {eta_formatted} | {failed} failed`, hideCursor: true, etaBuffer: 50 });
    bar.start(total, 0, { rate: '0.00', failed: 0 });
    return {
      update: (done, failed) => bar.update(done + failed, { rate: rate(done + failed).toFixed(2), failed }),
      stop: () => bar.stop(),
    };
  }
  let lastLine = started;
  let lastTenth = 0;
  return {
    update(done, failed) {
      const settled = done + failed;
      const tenth = Math.floor((settled / total) * 10);
      const since = (clock() - lastLine) / 1000;
      if (settled === total || since < PLAIN_MIN_SECONDS || (tenth === lastTenth && since < PLAIN_MAX_SECONDS)) return;
      lastTenth = tenth;
      lastLine = clock();
      const r = rate(settled);
      const eta = r > 0 ? Math.round((total - settled) / r) : NaN;
      process.stderr.write(`${label}: ${settled}/${total} runs (${Math.round((settled / total) * 100)}%), ${r.toFixed(2)} runs/s, ETA ${Number.isNaN(eta) ? '?' : `${eta} s`}${failed > 0 ? `, ${failed} failed` : ''}\n`);
    },
    stop() {},
  };
}
