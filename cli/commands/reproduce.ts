import { availableParallelism } from 'node:os';
import { reproduceRuns } from '../../api.ts';
import { EXIT_OK, EXIT_RUN_FAILED } from '../fail.ts';
import { runProgress } from '../progress.ts';
import type { Lang } from '../../base/lang.ts';
import { words } from '../words.ts';

/** `ronghe reproduce DIR [--sample K]`: reruns runs from the manifest and compares digests. */
export async function reproduceCommand(dir: string, sample: number | undefined, workers: number | undefined, lang: Lang, quiet: boolean): Promise<number> {
  let progress = runProgress(0, 'reproduce', true);
  const result = await reproduceRuns(dir, sample, workers ?? availableParallelism(), (done, total) => {
    if (done === 1) progress = runProgress(total, 'reproduce', quiet);
    progress.update(done, 0);
  });
  progress.stop();
  const n = result.checked.length;
  if (result.engineVersionThen !== null) process.stderr.write(`note: the results were made by engine ${result.engineVersionThen}; this is a different version, so differences may be expected\n`);
  if (result.mismatches.length === 0) {
    process.stdout.write(words(lang).reproduced(n) + '\n');
    return EXIT_OK;
  }
  const lines = [words(lang).notReproduced(result.mismatches.length, n)];
  for (const m of result.mismatches) {
    const why = m.rerun === null ? `rerun failed: ${m.error}` : `recorded ${m.recorded.slice(0, 12)}, rerun ${m.rerun.slice(0, 12)}${m.onDisk !== undefined && m.onDisk !== m.recorded ? `, file on disk now ${m.onDisk === null ? 'missing' : m.onDisk.slice(0, 12)}` : ''}`;
    lines.push(`  ${m.id} (seed ${m.seed}): ${why}`);
  }
  process.stderr.write(lines.join('\n') + '\n');
  return EXIT_RUN_FAILED;
}
